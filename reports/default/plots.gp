# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d2_r1.svg'
set output 'conv_mmd_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.01 ± 0.00', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.14 ± 0.06', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.29 ± 0.00', \
     'data/conv_mmd_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d2_r1.svg'
set output 'conv_radial_w2_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.00 ± 0.09', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.18 ± 0.02', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.38 ± 0.00', \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d2_r1.5.svg'
set output 'conv_mmd_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.87 ± 0.06', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.90 ± 0.02', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d2_r1.5.svg'
set output 'conv_radial_w2_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.72 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d3_r1.svg'
set output 'conv_mmd_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.12 ± 0.14', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.15 ± 0.00', \
     'data/conv_mmd_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d3_r1.svg'
set output 'conv_radial_w2_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.14 ± 0.02', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.03 ± 0.01', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.09 ± 0.00', \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d3_r1.5.svg'
set output 'conv_mmd_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.94 ± 0.06', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.77 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.05', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d3_r1.5.svg'
set output 'conv_radial_w2_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.52 ± 0.12', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.03', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d2_r1.svg'
set output 'time_mmd_d2_r1.svg.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d2_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d2_r1.5.svg'
set output 'time_mmd_d2_r1.5.svg.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1.5, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d3_r1.svg'
set output 'time_mmd_d3_r1.svg.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d3_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d3_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d3_r1.5.svg'
set output 'time_mmd_d3_r1.5.svg.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1.5, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d3_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d2_r1.svg'
set output 'scatter_backward_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d2_r1.svg'
set output 'radial_backward_d2_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0385766715
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d2_r1.5.svg'
set output 'scatter_backward_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d2_r1.5.svg'
set output 'radial_backward_d2_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0315997529
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d3_r1.svg'
set output 'scatter_backward_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d3_r1.svg'
set output 'radial_backward_d3_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0337385881
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_backward_d3_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d3_r1.5.svg'
set output 'scatter_backward_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d3_r1.5.svg'
set output 'radial_backward_d3_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0320455233
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_backward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d2_r1.svg'
set output 'scatter_forward_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d2_r1.svg'
set output 'radial_forward_d2_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0345323571
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_forward_d2_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d2_r1.5.svg'
set output 'scatter_forward_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d2_r1.5.svg'
set output 'radial_forward_d2_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_forward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d3_r1.svg'
set output 'scatter_forward_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d3_r1.svg'
set output 'radial_forward_d3_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0309525877
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_forward_d3_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d3_r1.5.svg'
set output 'scatter_forward_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d3_r1.5.svg'
set output 'radial_forward_d3_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_forward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d2_r1.svg'
set output 'scatter_particle_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d2_r1.svg'
set output 'radial_particle_d2_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0347945383
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_particle_d2_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d2_r1.5.svg'
set output 'scatter_particle_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d2_r1.5.svg'
set output 'radial_particle_d2_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_particle_d2_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d3_r1.svg'
set output 'scatter_particle_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d3_r1.svg'
set output 'radial_particle_d3_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0324105896
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_particle_d3_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d3_r1.5.svg'
set output 'scatter_particle_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d3_r1.5.svg'
set output 'radial_particle_d3_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_particle_d3_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_two_diracs.svg'
set output 'line_conv_w2_two_diracs.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.01 ± 0.18', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.00', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_two_diracs.svg'
set output 'line_conv_mmd_two_diracs.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.03 ± 0.15', \
     'data/line_conv_mmd_two_diracs_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.17 ± 0.01', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.57 ± 0.01', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_two_diracs.svg'
set output 'line_time_two_diracs.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/line_time_two_diracs_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: W2 to the exact flow', \
     'data/line_time_two_diracs_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/line_time_two_diracs_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/line_time_two_diracs_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: W2 to the exact flow', \
     'data/line_time_two_diracs_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/line_time_two_diracs_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/line_time_two_diracs_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: W2 to the exact flow', \
     'data/line_time_two_diracs_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/line_time_two_diracs_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_two_diracs_backward.svg'
set output 'line_quantiles_two_diracs_backward.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'backward, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_backward_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_backward_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_backward_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_two_diracs_forward.svg'
set output 'line_quantiles_two_diracs_forward.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'forward, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_forward_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_forward_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_forward_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_two_diracs_particle.svg'
set output 'line_quantiles_two_diracs_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_particle_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_particle_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_particle_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_uniform.svg'
set output 'line_conv_w2_uniform.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.37 ± 0.10', \
     'data/line_conv_w2_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_w2_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.57 ± 0.17', \
     'data/line_conv_w2_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_uniform.svg'
set output 'line_conv_mmd_uniform.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.37 ± 0.09', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.57 ± 0.18', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_uniform.svg'
set output 'line_time_uniform.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/line_time_uniform_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: W2 to the exact flow', \
     'data/line_time_uniform_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/line_time_uniform_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/line_time_uniform_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: W2 to the exact flow', \
     'data/line_time_uniform_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/line_time_uniform_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/line_time_uniform_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: W2 to the exact flow', \
     'data/line_time_uniform_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/line_time_uniform_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_uniform_backward.svg'
set output 'line_quantiles_uniform_backward.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'backward, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_uniform_forward.svg'
set output 'line_quantiles_uniform_forward.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'forward, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_uniform_particle.svg'
set output 'line_quantiles_uniform_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.svg'
set output 'radial_conv_radial_w2_gaussian_to_sphere.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.24 ± 0.00', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.63 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.61 ± 0.10', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.svg'
set output 'radial_conv_mmd_gaussian_to_sphere.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.19 ± 0.06', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.03', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.07 ± 0.02', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_gaussian_to_sphere.svg'
set output 'radial_time_gaussian_to_sphere.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/radial_time_gaussian_to_sphere_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_backward.svg'
set output 'radial_quantiles_gaussian_to_sphere_backward.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'backward, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_forward.svg'
set output 'radial_quantiles_gaussian_to_sphere_forward.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'forward, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_particle.svg'
set output 'radial_quantiles_gaussian_to_sphere_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_shell_to_gaussian.svg'
set output 'radial_conv_radial_w2_shell_to_gaussian.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.14 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.53 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_shell_to_gaussian.svg'
set output 'radial_conv_mmd_shell_to_gaussian.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.02 ± 0.02', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.00 ± 0.01', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order -0.00 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_shell_to_gaussian.svg'
set output 'radial_time_shell_to_gaussian.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/radial_time_shell_to_gaussian_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_backward.svg'
set output 'radial_quantiles_shell_to_gaussian_backward.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'backward, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_forward.svg'
set output 'radial_quantiles_shell_to_gaussian_forward.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'forward, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_particle.svg'
set output 'radial_quantiles_shell_to_gaussian_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d2_r1.png'
set output 'conv_mmd_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.01 ± 0.00', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.14 ± 0.06', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.29 ± 0.00', \
     'data/conv_mmd_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d2_r1.png'
set output 'conv_radial_w2_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.00 ± 0.09', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.18 ± 0.02', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.38 ± 0.00', \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d2_r1.5.png'
set output 'conv_mmd_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.87 ± 0.06', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.90 ± 0.02', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d2_r1.5.png'
set output 'conv_radial_w2_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.72 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d3_r1.png'
set output 'conv_mmd_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.12 ± 0.14', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.15 ± 0.00', \
     'data/conv_mmd_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d3_r1.png'
set output 'conv_radial_w2_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.14 ± 0.02', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.03 ± 0.01', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.09 ± 0.00', \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d3_r1.5.png'
set output 'conv_mmd_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.94 ± 0.06', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.77 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.05', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_mmd_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d3_r1.5.png'
set output 'conv_radial_w2_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.52 ± 0.12', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.03', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/conv_radial_w2_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d2_r1.png'
set output 'time_mmd_d2_r1.png.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d2_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d2_r1.5.png'
set output 'time_mmd_d2_r1.5.png.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1.5, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d3_r1.png'
set output 'time_mmd_d3_r1.png.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d3_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d3_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d3_r1.5.png'
set output 'time_mmd_d3_r1.5.png.tmp'
set logscale y
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1.5, {/Symbol t} = 0.05'
set key outside bottom center horizontal font ',10'
set format y '%.0e'
plot 'data/time_mmd_d3_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:3 w l dt 3 lc rgb '#1f77b4' notitle, \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:3 w l dt 3 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:3 w l dt 3 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d2_r1.png'
set output 'scatter_backward_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d2_r1.png'
set output 'radial_backward_d2_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0385766715
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d2_r1.5.png'
set output 'scatter_backward_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d2_r1.5.png'
set output 'radial_backward_d2_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0315997529
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d3_r1.png'
set output 'scatter_backward_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d3_r1.png'
set output 'radial_backward_d3_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0337385881
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_backward_d3_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d3_r1.5.png'
set output 'scatter_backward_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_backward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d3_r1.5.png'
set output 'radial_backward_d3_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0320455233
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_backward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d2_r1.png'
set output 'scatter_forward_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d2_r1.png'
set output 'radial_forward_d2_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0345323571
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_forward_d2_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d2_r1.5.png'
set output 'scatter_forward_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d2_r1.5.png'
set output 'radial_forward_d2_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_forward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d3_r1.png'
set output 'scatter_forward_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d3_r1.png'
set output 'radial_forward_d3_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0309525877
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_forward_d3_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d3_r1.5.png'
set output 'scatter_forward_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_forward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d3_r1.5.png'
set output 'radial_forward_d3_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_forward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d2_r1.png'
set output 'scatter_particle_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d2_r1.png'
set output 'radial_particle_d2_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0347945383
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_particle_d2_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d2_r1.5.png'
set output 'scatter_particle_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d2_r1.5.png'
set output 'radial_particle_d2_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_particle_d2_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d3_r1.png'
set output 'scatter_particle_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d3_r1.png'
set output 'radial_particle_d3_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0324105896
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.8, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_particle_d3_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d3_r1.5.png'
set output 'scatter_particle_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_particle_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d3_r1.5.png'
set output 'radial_particle_d3_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set label 'exact radius a(T)R (point mass)' at 0.528979592, graph 0.95 right offset -0.5,0 font ',10'
plot 'data/radial_hist_particle_d3_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_two_diracs.png'
set output 'line_conv_w2_two_diracs.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.01 ± 0.18', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.00', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_two_diracs.png'
set output 'line_conv_mmd_two_diracs.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.03 ± 0.15', \
     'data/line_conv_mmd_two_diracs_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.17 ± 0.01', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.57 ± 0.01', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_two_diracs.png'
set output 'line_time_two_diracs.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/line_time_two_diracs_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: W2 to the exact flow', \
     'data/line_time_two_diracs_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/line_time_two_diracs_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/line_time_two_diracs_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: W2 to the exact flow', \
     'data/line_time_two_diracs_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/line_time_two_diracs_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/line_time_two_diracs_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: W2 to the exact flow', \
     'data/line_time_two_diracs_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/line_time_two_diracs_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_two_diracs_backward.png'
set output 'line_quantiles_two_diracs_backward.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'backward, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_backward_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_backward_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_backward_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_backward_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_backward_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_backward_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_two_diracs_forward.png'
set output 'line_quantiles_two_diracs_forward.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'forward, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_forward_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_forward_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_forward_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_forward_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_forward_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_forward_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_two_diracs_particle.png'
set output 'line_quantiles_two_diracs_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> diracs:-1;1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_particle_n6.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_particle_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_particle_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n18.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_uniform.png'
set output 'line_conv_w2_uniform.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.37 ± 0.10', \
     'data/line_conv_w2_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_w2_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.57 ± 0.17', \
     'data/line_conv_w2_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_uniform.png'
set output 'line_conv_mmd_uniform.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.37 ± 0.09', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.57 ± 0.18', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_uniform.png'
set output 'line_time_uniform.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/line_time_uniform_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: W2 to the exact flow', \
     'data/line_time_uniform_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/line_time_uniform_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/line_time_uniform_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: W2 to the exact flow', \
     'data/line_time_uniform_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/line_time_uniform_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/line_time_uniform_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: W2 to the exact flow', \
     'data/line_time_uniform_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/line_time_uniform_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_uniform_backward.png'
set output 'line_quantiles_uniform_backward.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'backward, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_uniform_forward.png'
set output 'line_quantiles_uniform_forward.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'forward, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_uniform_particle.png'
set output 'line_quantiles_uniform_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> uniform:-1,1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.png'
set output 'radial_conv_radial_w2_gaussian_to_sphere.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.24 ± 0.00', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.63 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.61 ± 0.10', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.png'
set output 'radial_conv_mmd_gaussian_to_sphere.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.19 ± 0.06', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.03', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.07 ± 0.02', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_gaussian_to_sphere.png'
set output 'radial_time_gaussian_to_sphere.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/radial_time_gaussian_to_sphere_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_backward.png'
set output 'radial_quantiles_gaussian_to_sphere_backward.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'backward, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_forward.png'
set output 'radial_quantiles_gaussian_to_sphere_forward.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'forward, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_particle.png'
set output 'radial_quantiles_gaussian_to_sphere_particle.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_shell_to_gaussian.png'
set output 'radial_conv_radial_w2_shell_to_gaussian.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.14 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.53 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_shell_to_gaussian.png'
set output 'radial_conv_mmd_shell_to_gaussian.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.02 ± 0.02', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.00 ± 0.01', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order -0.00 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_shell_to_gaussian.png'
set output 'radial_time_shell_to_gaussian.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
plot 'data/radial_time_shell_to_gaussian_backward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'backward: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_backward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_backward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'backward: MMD to the target', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'forward: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_forward.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'forward: MMD to the target', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#2ca02c' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme iterate', \
     'data/radial_time_shell_to_gaussian_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#2ca02c' title 'particle: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_backward.png'
set output 'radial_quantiles_shell_to_gaussian_backward.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'backward, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_backward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: backward particles', \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_backward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_forward.png'
set output 'radial_quantiles_shell_to_gaussian_forward.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'forward, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_forward_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: forward particles', \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_forward_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_shell_to_gaussian_particle.png'
set output 'radial_quantiles_shell_to_gaussian_particle.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.25', \
     'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_gaussian_particle_n5.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.5', \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.75', \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n15.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 1', \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_gaussian_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output
