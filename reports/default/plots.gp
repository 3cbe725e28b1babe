# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,696 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d2_r1.svg'
set output 'conv_mmd_d2_r1.svg.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0061005519242690815:0.018301655772807242]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.02 ± 0.01', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.16 ± 0.06', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.29 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,696 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d2_r1.svg'
set output 'conv_radial_w2_d2_r1.svg.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.006561149804695042:0.027075255465330007]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.09 ± 0.12', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.19 ± 0.01', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.38 ± 0.00', \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d2_r1.5.svg'
set output 'conv_mmd_d2_r1.5.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.010144994018262672:0.30951755693865313]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.87 ± 0.06', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.88 ± 0.02', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.90 ± 0.02', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d2_r1.5.svg'
set output 'conv_radial_w2_d2_r1.5.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0037680038862681802:0.63469448406034956]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.72 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,696 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d3_r1.svg'
set output 'conv_mmd_d3_r1.svg.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0088471056367912335:0.03061546923992264]
set logscale y
set ytics (0.009, 0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.516, above the plot', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.11 ± 0.14 (at the floor: no order)', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01 (at the floor: no order)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.15 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,696 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d3_r1.svg'
set output 'conv_radial_w2_d3_r1.svg.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [1.4848335440044974e-17:5.0098405319862147]
set logscale y
set ytics (1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-09, 1e-08, 1e-07, 1e-06, 1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.8', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.16 ± 0.03', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.03 ± 0.01', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.09 ± 0.00', \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d3_r1.5.svg'
set output 'conv_mmd_d3_r1.5.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.010687797357148513:0.31696126595361007]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d3_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.269 (grey band)', \
     'data/conv_mmd_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.272', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.94 ± 0.06', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.77 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.05', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d3_r1.5.svg'
set output 'conv_radial_w2_d3_r1.5.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [6.8985647230913786e-18:3.3687695773245916]
set logscale y
set ytics (1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-09, 1e-08, 1e-07, 1e-06, 1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d3_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.514 (grey band)', \
     'data/conv_radial_w2_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.529', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.53 ± 0.12', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.03', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d2_r1.svg'
set output 'time_mmd_d2_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [0.0025096867893214126:0.018064157758141311]
set logscale y
set ytics (0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d2_r1.5.svg'
set output 'time_mmd_d2_r1.5.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1.5, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [7.1641175025454986e-05:0.13079324251975943]
set logscale y
set ytics (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d3_r1.svg'
set output 'time_mmd_d3_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [0.0028985507246376816:0.024854430644664218]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d3_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d3_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot time_mmd_d3_r1.5.svg'
set output 'time_mmd_d3_r1.5.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1.5, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [7.5570262944817975e-05:0.13041214706038246]
set logscale y
set ytics (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d3_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d2_r1.svg'
set output 'scatter_backward_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d2_r1.svg'
set output 'radial_backward_d2_r1.svg.tmp'
set xrange [0:1.06934825]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0356449416
set key top left font ',10'
set yrange [0:6.19442731]
plot 'data/radial_hist_backward_d2_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d2_r1.5.svg'
set output 'scatter_backward_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d2_r1.5.svg'
set output 'radial_backward_d2_r1.5.svg.tmp'
set xrange [0:1.01054964]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0336849881
set key top left font ',10'
set yrange [0:3.89491009]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d3_r1.svg'
set output 'scatter_backward_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d3_r1.svg'
set output 'radial_backward_d3_r1.svg.tmp'
set xrange [0:0.979454212]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0326484737
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_backward_d3_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_backward_d3_r1.5.svg'
set output 'scatter_backward_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_backward_d3_r1.5.svg'
set output 'radial_backward_d3_r1.5.svg.tmp'
set xrange [0:0.950156959]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0316718986
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set arrow from 0.634304333, graph 0 to 0.634304333, graph 1 nohead lw 1.5 dt 2 lc rgb 'black'
plot 'data/radial_hist_backward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529', \
     1/0 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate radius a_{N}R = 0.634'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d2_r1.svg'
set output 'scatter_forward_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d2_r1.svg'
set output 'radial_forward_d2_r1.svg.tmp'
set xrange [0:1.03310395]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0344367983
set key top left font ',10'
set yrange [0:7.34098443]
plot 'data/radial_hist_forward_d2_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d2_r1.5.svg'
set output 'scatter_forward_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d2_r1.5.svg'
set output 'radial_forward_d2_r1.5.svg.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:26.3499408]
plot 'data/radial_hist_forward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d3_r1.svg'
set output 'scatter_forward_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d3_r1.svg'
set output 'radial_forward_d3_r1.svg.tmp'
set xrange [0:0.92557459]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0308524863
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_forward_d3_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_forward_d3_r1.5.svg'
set output 'scatter_forward_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_forward_d3_r1.5.svg'
set output 'radial_forward_d3_r1.5.svg.tmp'
set xrange [0:0.555428571]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set arrow from 0.491059576, graph 0 to 0.491059576, graph 1 nohead lw 1.5 dt 2 lc rgb 'black'
plot 'data/radial_hist_forward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529', \
     1/0 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate radius a_{N}R = 0.491'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d2_r1.svg'
set output 'scatter_particle_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d2_r1.svg'
set output 'radial_particle_d2_r1.svg.tmp'
set xrange [0:1.04383615]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0347945383
set key top left font ',10'
set yrange [0:6.06991817]
plot 'data/radial_hist_particle_d2_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d2_r1.5.svg'
set output 'scatter_particle_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d2_r1.5.svg'
set output 'radial_particle_d2_r1.5.svg.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:16.9160114]
plot 'data/radial_hist_particle_d2_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d3_r1.svg'
set output 'scatter_particle_d3_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d3_r1.svg'
set output 'radial_particle_d3_r1.svg.tmp'
set xrange [0:0.972317688]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0324105896
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_particle_d3_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_particle_d3_r1.5.svg'
set output 'scatter_particle_d3_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_particle_d3_r1.5.svg'
set output 'radial_particle_d3_r1.5.svg.tmp'
set xrange [0:0.555428571]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_particle_d3_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,696 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_two_diracs.svg'
set output 'line_conv_w2_two_diracs.svg.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0095368599878894091:0.05421542490652323]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.01 ± 0.14', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_two_diracs.svg'
set output 'line_conv_mmd_two_diracs.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.01031149956171881:0.034996954597540104]
set logscale y
set ytics (0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.04 ± 0.13 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.16 ± 0.02 (at the floor: no order)', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.57 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_two_diracs.svg'
set output 'line_time_two_diracs.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [1.7429693267702389e-05:1.1532452184231947]
set logscale y
set ytics (0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_uniform.svg'
set output 'line_conv_w2_uniform.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.004523434784177798:0.031157519285425036]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.39 ± 0.11', \
     'data/line_conv_w2_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_w2_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.59 ± 0.16', \
     'data/line_conv_w2_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_uniform.svg'
set output 'line_conv_mmd_uniform.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040230309881220559:0.026887528892710271]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.39 ± 0.10 (at the floor: no order)', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.59 ± 0.17 (partly at the floor)', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.03 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_uniform.svg'
set output 'line_time_uniform.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [0.00048340362779301802:0.53603882683734461]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.svg'
set output 'radial_conv_radial_w2_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023287430587528297:0.033917371818786825]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.24 ± 0.00', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.61 ± 0.02', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.61 ± 0.10', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.svg'
set output 'radial_conv_mmd_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0012324299756077942:0.025570227061154551]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.19 ± 0.05 (at the floor: no order)', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.03', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.07 ± 0.02', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_gaussian_to_sphere.svg'
set output 'radial_time_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [0.0001727222360799762:0.40391999769519477]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_shell_to_gaussian.svg'
set output 'radial_conv_radial_w2_shell_to_gaussian.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00047091763767268842:0.037230458571067625]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.19 ± 0.10', \
     'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.53 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_shell_to_gaussian.svg'
set output 'radial_conv_mmd_shell_to_gaussian.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00017678848701886731:0.038327587514837884]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.03 ± 0.03 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.00 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order -0.00 ± 0.00 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_shell_to_gaussian.svg'
set output 'radial_time_shell_to_gaussian.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [2.091793157584078e-05:0.28485997847543404]
set logscale y
set ytics (5e-05, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 960,808 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_dirac.svg'
set output 'selfconv_dirac.svg.tmp'
set bmargin at screen 0.3317
set key at screen 0.08, screen 0.2525 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'dirac family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0049525282969452751:0.50102836710683729]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/d2/r1', \
     'data/selfconv_backward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_backward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'backward/d2/r1.5', \
     'data/selfconv_backward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_backward_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'backward/d3/r1', \
     'data/selfconv_backward_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/d3/r1.5', \
     'data/selfconv_backward_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/d2/r1', \
     'data/selfconv_forward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_forward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'forward/d2/r1.5', \
     'data/selfconv_forward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle, \
     'data/selfconv_forward_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#7f7f7f' title 'forward/d3/r1', \
     'data/selfconv_forward_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#7f7f7f' notitle, \
     'data/selfconv_forward_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#0b3d91' title 'forward/d3/r1.5', \
     'data/selfconv_forward_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#0b3d91' notitle, \
     'data/selfconv_particle_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8b0000' title 'particle/d2/r1', \
     'data/selfconv_particle_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8b0000' notitle, \
     'data/selfconv_particle_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#006400' title 'particle/d2/r1.5', \
     'data/selfconv_particle_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#006400' notitle, \
     'data/selfconv_particle_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#4b0082' title 'particle/d3/r1', \
     'data/selfconv_particle_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#4b0082' notitle, \
     'data/selfconv_particle_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#b35900' title 'particle/d3/r1.5', \
     'data/selfconv_particle_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#b35900' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_line.svg'
set output 'selfconv_line.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'line family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0049036137382303868:0.05421542490652323]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/line/two\_diracs', \
     'data/selfconv_backward_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_forward_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'forward/line/two\_diracs', \
     'data/selfconv_forward_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/line/two\_diracs', \
     'data/selfconv_particle_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/line/uniform', \
     'data/selfconv_backward_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/line/uniform', \
     'data/selfconv_forward_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_particle_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'particle/line/uniform', \
     'data/selfconv_particle_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_radial.svg'
set output 'selfconv_radial.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'radial family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.000510350832186355:0.033626218039314371]
set logscale y
set ytics (0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/radial/gaussian\_to\_sphere', \
     'data/selfconv_backward_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_forward_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'forward/radial/gaussian\_to\_sphere', \
     'data/selfconv_forward_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/radial/gaussian\_to\_sphere', \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/radial/shell\_to\_gaussian', \
     'data/selfconv_backward_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/radial/shell\_to\_gaussian', \
     'data/selfconv_forward_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_particle_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'particle/radial/shell\_to\_gaussian', \
     'data/selfconv_particle_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,696 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d2_r1.png'
set output 'conv_mmd_d2_r1.png.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0061005519242690815:0.018301655772807242]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.02 ± 0.01', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.16 ± 0.06', \
     'data/conv_mmd_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.29 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,696 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d2_r1.png'
set output 'conv_radial_w2_d2_r1.png.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.006561149804695042:0.027075255465330007]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.09 ± 0.12', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.19 ± 0.01', \
     'data/conv_radial_w2_d2_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.38 ± 0.00', \
     'data/conv_radial_w2_d2_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d2_r1.5.png'
set output 'conv_mmd_d2_r1.5.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.010144994018262672:0.30951755693865313]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.87 ± 0.06', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.88 ± 0.02', \
     'data/conv_mmd_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.90 ± 0.02', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d2_r1.5.png'
set output 'conv_radial_w2_d2_r1.5.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0037680038862681802:0.63469448406034956]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.72 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d2_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,696 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d3_r1.png'
set output 'conv_mmd_d3_r1.png.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0088471056367912335:0.03061546923992264]
set logscale y
set ytics (0.009, 0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.516, above the plot', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.11 ± 0.14 (at the floor: no order)', \
     'data/conv_mmd_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01 (at the floor: no order)', \
     'data/conv_mmd_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.15 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,696 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d3_r1.png'
set output 'conv_radial_w2_d3_r1.png.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [1.4848335440044974e-17:5.0098405319862147]
set logscale y
set ytics (1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-09, 1e-08, 1e-07, 1e-06, 1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.8', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.16 ± 0.03', \
     'data/conv_radial_w2_d3_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.03 ± 0.01', \
     'data/conv_radial_w2_d3_r1_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.09 ± 0.00', \
     'data/conv_radial_w2_d3_r1_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d3_r1.5.png'
set output 'conv_mmd_d3_r1.5.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.010687797357148513:0.31696126595361007]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d3_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.269 (grey band)', \
     'data/conv_mmd_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.272', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.94 ± 0.06', \
     'data/conv_mmd_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.77 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.01', \
     'data/conv_mmd_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_mmd_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.05', \
     'data/conv_mmd_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d3_r1.5.png'
set output 'conv_radial_w2_d3_r1.5.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [6.8985647230913786e-18:3.3687695773245916]
set logscale y
set ytics (1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-09, 1e-08, 1e-07, 1e-06, 1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d3_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.514 (grey band)', \
     'data/conv_radial_w2_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.529', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.53 ± 0.12', \
     'data/conv_radial_w2_d3_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d3_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.89 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/conv_radial_w2_d3_r1.5_forward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.91 ± 0.02', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.64 ± 0.03', \
     'data/conv_radial_w2_d3_r1.5_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d2_r1.png'
set output 'time_mmd_d2_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [0.0025096867893214126:0.018064157758141311]
set logscale y
set ytics (0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d2_r1.5.png'
set output 'time_mmd_d2_r1.5.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 2, r = 1.5, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [7.1641175025454986e-05:0.13079324251975943]
set logscale y
set ytics (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d2_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d2_r1.5_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d3_r1.png'
set output 'time_mmd_d3_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [0.0028985507246376816:0.024854430644664218]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d3_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d3_r1_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot time_mmd_d3_r1.5.png'
set output 'time_mmd_d3_r1.5.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'time t'
set ylabel 'MMD to {/Symbol g}(t)'
set title 'd = 3, r = 1.5, {/Symbol t} = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [7.5570262944817975e-05:0.13041214706038246]
set logscale y
set ytics (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d3_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d3_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:2 w lp lc rgb '#d62728' pt 7 ps 0.6 lw 2 title 'forward', \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#d62728' notitle, \
     'data/time_mmd_d3_r1.5_forward.dat' u 1:4 w l dt 2 lc rgb '#d62728' title 'forward exact scheme', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:2 w lp lc rgb '#2ca02c' pt 7 ps 0.6 lw 2 title 'particle', \
     'data/time_mmd_d3_r1.5_particle.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#2ca02c' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d2_r1.png'
set output 'scatter_backward_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d2_r1.png'
set output 'radial_backward_d2_r1.png.tmp'
set xrange [0:1.06934825]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0356449416
set key top left font ',10'
set yrange [0:6.19442731]
plot 'data/radial_hist_backward_d2_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d2_r1.5.png'
set output 'scatter_backward_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d2_r1.5.png'
set output 'radial_backward_d2_r1.5.png.tmp'
set xrange [0:1.01054964]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0336849881
set key top left font ',10'
set yrange [0:3.89491009]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d3_r1.png'
set output 'scatter_backward_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d3_r1.png'
set output 'radial_backward_d3_r1.png.tmp'
set xrange [0:0.979454212]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0326484737
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_backward_d3_r1.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_backward_d3_r1.5.png'
set output 'scatter_backward_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'backward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_backward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#1f77b4' title 'particles', \
     'data/support_backward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_backward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_backward_d3_r1.5.png'
set output 'radial_backward_d3_r1.5.png.tmp'
set xrange [0:0.950156959]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0316718986
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set arrow from 0.634304333, graph 0 to 0.634304333, graph 1 nohead lw 1.5 dt 2 lc rgb 'black'
plot 'data/radial_hist_backward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529', \
     1/0 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate radius a_{N}R = 0.634'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d2_r1.png'
set output 'scatter_forward_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d2_r1.png'
set output 'radial_forward_d2_r1.png.tmp'
set xrange [0:1.03310395]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0344367983
set key top left font ',10'
set yrange [0:7.34098443]
plot 'data/radial_hist_forward_d2_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d2_r1.5.png'
set output 'scatter_forward_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d2_r1.5.png'
set output 'radial_forward_d2_r1.5.png.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:26.3499408]
plot 'data/radial_hist_forward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     'data/radial_exact_forward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_forward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d3_r1.png'
set output 'scatter_forward_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d3_r1.png'
set output 'radial_forward_d3_r1.png.tmp'
set xrange [0:0.92557459]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0308524863
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_forward_d3_r1.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_forward_d3_r1.5.png'
set output 'scatter_forward_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'forward, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_forward_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#d62728' title 'particles', \
     'data/support_forward_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_forward_d3_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_forward_d3_r1.5.png'
set output 'radial_forward_d3_r1.5.png.tmp'
set xrange [0:0.555428571]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'forward, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
set arrow from 0.491059576, graph 0 to 0.491059576, graph 1 nohead lw 1.5 dt 2 lc rgb 'black'
plot 'data/radial_hist_forward_d3_r1.5.dat' u 1:2 w boxes lc rgb '#d62728' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529', \
     1/0 w l lw 1.5 dt 2 lc rgb 'black' title 'exact Euler iterate radius a_{N}R = 0.491'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d2_r1.png'
set output 'scatter_particle_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d2_r1.png'
set output 'radial_particle_d2_r1.png.tmp'
set xrange [0:1.04383615]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0347945383
set key top left font ',10'
set yrange [0:6.06991817]
plot 'data/radial_hist_particle_d2_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d2_r1.5.png'
set output 'scatter_particle_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d2_r1.5.png'
set output 'radial_particle_d2_r1.5.png.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:16.9160114]
plot 'data/radial_hist_particle_d2_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     'data/radial_exact_particle_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d3_r1.png'
set output 'scatter_particle_d3_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d3_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d3_r1.png'
set output 'radial_particle_d3_r1.png.tmp'
set xrange [0:0.972317688]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0324105896
set key top left font ',10'
set arrow from 0.8, graph 0 to 0.8, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_particle_d3_r1.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.8'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_particle_d3_r1.5.png'
set output 'scatter_particle_d3_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'particle, d = 3, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_particle_d3_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#2ca02c' title 'particles', \
     'data/support_particle_d3_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_particle_d3_r1.5.png'
set output 'radial_particle_d3_r1.5.png.tmp'
set xrange [0:0.555428571]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'particle, d = 3, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0185142857
set key top left font ',10'
set arrow from 0.528979592, graph 0 to 0.528979592, graph 1 nohead lw 2 lc rgb 'black'
plot 'data/radial_hist_particle_d3_r1.5.dat' u 1:2 w boxes lc rgb '#2ca02c' title 'particles', \
     1/0 w l lw 2 lc rgb 'black' title 'exact radius a(T)R = 0.529'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,696 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_two_diracs.png'
set output 'line_conv_w2_two_diracs.png.tmp'
set bmargin at screen 0.2241
set key at screen 0.08, screen 0.1322 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0095368599878894091:0.05421542490652323]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.01 ± 0.14', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.21 ± 0.01', \
     'data/line_conv_w2_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.02', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_two_diracs.png'
set output 'line_conv_mmd_two_diracs.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.01031149956171881:0.034996954597540104]
set logscale y
set ytics (0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_two_diracs_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.04 ± 0.13 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.16 ± 0.02 (at the floor: no order)', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.57 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 0.57 ± 0.02', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_two_diracs.png'
set output 'line_time_two_diracs.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.05'
set xrange [-0.0075000000000000067:1.2575000000000003]
set yrange [1.7429693267702389e-05:1.1532452184231947]
set logscale y
set ytics (0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_uniform.png'
set output 'line_conv_w2_uniform.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.004523434784177798:0.031157519285425036]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.39 ± 0.11', \
     'data/line_conv_w2_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_w2_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.59 ± 0.16', \
     'data/line_conv_w2_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.05 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.05 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_uniform.png'
set output 'line_conv_mmd_uniform.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040230309881220559:0.026887528892710271]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_uniform_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.39 ± 0.10 (at the floor: no order)', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.96 ± 0.01', \
     'data/line_conv_mmd_uniform_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.59 ± 0.17 (partly at the floor)', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 1.03 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_uniform.png'
set output 'line_time_uniform.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [0.00048340362779301802:0.53603882683734461]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.png'
set output 'radial_conv_radial_w2_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023287430587528297:0.033917371818786825]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.24 ± 0.00', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.61 ± 0.02', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.61 ± 0.10', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.png'
set output 'radial_conv_mmd_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0012324299756077942:0.025570227061154551]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.19 ± 0.05 (at the floor: no order)', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.97 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.03', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.07 ± 0.02', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_gaussian_to_sphere.png'
set output 'radial_time_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [0.0001727222360799762:0.40391999769519477]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_shell_to_gaussian.png'
set output 'radial_conv_radial_w2_shell_to_gaussian.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00047091763767268842:0.037230458571067625]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.19 ± 0.10', \
     'data/radial_conv_radial_w2_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.05 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order 0.53 ± 0.07', \
     'data/radial_conv_radial_w2_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_shell_to_gaussian.png'
set output 'radial_conv_mmd_shell_to_gaussian.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, T = 1'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00017678848701886731:0.038327587514837884]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.03 ± 0.03 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.99 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'backward noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'forward: order 0.00 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'forward exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_forward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'forward noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 7 lw 2 title 'particle: order -0.00 ± 0.00 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#2ca02c' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#2ca02c' title 'particle noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_shell_to_gaussian.png'
set output 'radial_time_shell_to_gaussian.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 10, r = 1: shell:1,1.5 -> gaussian:0.3, tau = 0.05'
set xrange [0.0025000000000000022:1.0475000000000001]
set yrange [2.091793157584078e-05:0.28485997847543404]
set logscale y
set ytics (5e-05, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
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

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,808 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_dirac.png'
set output 'selfconv_dirac.png.tmp'
set bmargin at screen 0.3317
set key at screen 0.08, screen 0.2525 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'dirac family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0049525282969452751:0.50102836710683729]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/d2/r1', \
     'data/selfconv_backward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_backward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'backward/d2/r1.5', \
     'data/selfconv_backward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_backward_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'backward/d3/r1', \
     'data/selfconv_backward_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/d3/r1.5', \
     'data/selfconv_backward_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/d2/r1', \
     'data/selfconv_forward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_forward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'forward/d2/r1.5', \
     'data/selfconv_forward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle, \
     'data/selfconv_forward_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#7f7f7f' title 'forward/d3/r1', \
     'data/selfconv_forward_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#7f7f7f' notitle, \
     'data/selfconv_forward_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#0b3d91' title 'forward/d3/r1.5', \
     'data/selfconv_forward_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#0b3d91' notitle, \
     'data/selfconv_particle_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8b0000' title 'particle/d2/r1', \
     'data/selfconv_particle_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8b0000' notitle, \
     'data/selfconv_particle_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#006400' title 'particle/d2/r1.5', \
     'data/selfconv_particle_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#006400' notitle, \
     'data/selfconv_particle_d3_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#4b0082' title 'particle/d3/r1', \
     'data/selfconv_particle_d3_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#4b0082' notitle, \
     'data/selfconv_particle_d3_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#b35900' title 'particle/d3/r1.5', \
     'data/selfconv_particle_d3_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#b35900' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_line.png'
set output 'selfconv_line.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'line family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0049036137382303868:0.05421542490652323]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/line/two\_diracs', \
     'data/selfconv_backward_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_forward_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'forward/line/two\_diracs', \
     'data/selfconv_forward_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/line/two\_diracs', \
     'data/selfconv_particle_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/line/uniform', \
     'data/selfconv_backward_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/line/uniform', \
     'data/selfconv_forward_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_particle_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'particle/line/uniform', \
     'data/selfconv_particle_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_radial.png'
set output 'selfconv_radial.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'radial family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.000510350832186355:0.033626218039314371]
set logscale y
set ytics (0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/radial/gaussian\_to\_sphere', \
     'data/selfconv_backward_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_forward_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'forward/radial/gaussian\_to\_sphere', \
     'data/selfconv_forward_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/radial/gaussian\_to\_sphere', \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_backward_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'backward/radial/shell\_to\_gaussian', \
     'data/selfconv_backward_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_forward_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'forward/radial/shell\_to\_gaussian', \
     'data/selfconv_forward_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_particle_radial_shell_to_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'particle/radial/shell\_to\_gaussian', \
     'data/selfconv_particle_radial_shell_to_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
unset output
