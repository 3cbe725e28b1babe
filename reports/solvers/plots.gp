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
plot 'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.10 ± 0.15', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.28 ± 0.00', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.12 ± 0.05', \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
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
plot 'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.35 ± 0.06', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.37 ± 0.00', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.10 ± 0.05', \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
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
plot 'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 1.07 ± 0.13', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 1.07 ± 0.10', \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
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
plot 'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.67 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 0.65 ± 0.10', \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
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
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:3 w l dt 3 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:3 w l dt 3 lc rgb '#ff7f0e' notitle
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
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:3 w l dt 3 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:3 w l dt 3 lc rgb '#ff7f0e' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:4 w l dt 2 lc rgb '#ff7f0e' title 'torch\_backward\_scheme exact scheme'
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
set boxwidth 0.0365705445
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
set boxwidth 0.0382436869
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.svg'
set output 'scatter_numpy_particle_flow_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.svg'
set output 'radial_numpy_particle_flow_d2_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0348991079
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.5.svg'
set output 'scatter_numpy_particle_flow_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.5.svg'
set output 'radial_numpy_particle_flow_d2_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.5.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.svg'
set output 'scatter_torch_backward_scheme_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.svg'
set output 'radial_torch_backward_scheme_d2_r1.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.039014887
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.5.svg'
set output 'scatter_torch_backward_scheme_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.5.svg'
set output 'radial_torch_backward_scheme_d2_r1.5.svg.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0357430621
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.5.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
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
plot 'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.10 ± 0.15', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.28 ± 0.00', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.12 ± 0.05', \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
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
plot 'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.35 ± 0.06', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.37 ± 0.00', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.10 ± 0.05', \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
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
plot 'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 1.07 ± 0.13', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 1.07 ± 0.10', \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
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
plot 'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.67 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 0.65 ± 0.10', \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
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
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:3 w l dt 3 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:3 w l dt 3 lc rgb '#ff7f0e' notitle
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
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:3 w l dt 3 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:3 w l dt 3 lc rgb '#ff7f0e' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:4 w l dt 2 lc rgb '#ff7f0e' title 'torch\_backward\_scheme exact scheme'
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
set boxwidth 0.0365705445
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
set boxwidth 0.0382436869
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.png'
set output 'scatter_numpy_particle_flow_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.png'
set output 'radial_numpy_particle_flow_d2_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0348991079
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.5.png'
set output 'scatter_numpy_particle_flow_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.5.png'
set output 'radial_numpy_particle_flow_d2_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.5.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.png'
set output 'scatter_torch_backward_scheme_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.png'
set output 'radial_torch_backward_scheme_d2_r1.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.039014887
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.5.png'
set output 'scatter_torch_backward_scheme_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2 (500 points)'
set key bottom right font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact scheme iterate support'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.5.png'
set output 'radial_torch_backward_scheme_d2_r1.5.png.tmp'
set xrange [0:*]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0357430621
set key top left font ',10'
set yrange [0:*]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.5.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density'
unset output
