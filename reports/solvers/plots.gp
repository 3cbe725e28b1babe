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
set yrange [0.008712566313047761:0.026137698939143281]
set logscale y
set ytics (0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.09 ± 0.15 (partly at the floor)', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.28 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.12 ± 0.05 (partly at the floor)', \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
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
set yrange [0.0085832289885530988:0.026756581246201967]
set logscale y
set ytics (0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.34 ± 0.07 (partly at the floor)', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.37 ± 0.00 (partly at the floor)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.10 ± 0.05', \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,728 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_d2_r1.5.svg'
set output 'conv_mmd_d2_r1.5.svg.tmp'
set bmargin at screen 0.2582
set key at screen 0.08, screen 0.1703 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.014572806639955598:0.30472555691608944]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 1.07 ± 0.13', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 1.07 ± 0.10', \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.76 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,728 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_d2_r1.5.svg'
set output 'conv_radial_w2_d2_r1.5.svg.tmp'
set bmargin at screen 0.2582
set key at screen 0.08, screen 0.1703 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0047473223152094757:0.62775004669182199]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.67 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 0.65 ± 0.10', \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.83 ± 0.00'
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
set yrange [0.0039430420961613444:0.027157679174189903]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
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
set yrange [0.00010308638323795496:0.12855962818731076]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:4 w l dt 2 lc rgb '#ff7f0e' title 'torch\_backward\_scheme exact scheme'
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
set xrange [0:1.09310271]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0364367569
set key top left font ',10'
set yrange [0:4.83028719]
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
set xrange [0:1.15769262]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.038589754
set key top left font ',10'
set yrange [0:3.64863689]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.svg'
set output 'scatter_numpy_particle_flow_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.svg'
set output 'radial_numpy_particle_flow_d2_r1.svg.tmp'
set xrange [0:1.04697324]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0348991079
set key top left font ',10'
set yrange [0:5.50157329]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.5.svg'
set output 'scatter_numpy_particle_flow_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.5.svg'
set output 'radial_numpy_particle_flow_d2_r1.5.svg.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:15.9400877]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.5.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.svg'
set output 'scatter_torch_backward_scheme_d2_r1.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.svg'
set output 'radial_torch_backward_scheme_d2_r1.svg.tmp'
set xrange [0:1.17044661]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.039014887
set key top left font ',10'
set yrange [0:5.2492783]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.5.svg'
set output 'scatter_torch_backward_scheme_d2_r1.5.svg.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.5.svg'
set output 'radial_torch_backward_scheme_d2_r1.5.svg.tmp'
set xrange [0:1.07229186]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0357430621
set key top left font ',10'
set yrange [0:3.22300311]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.5.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_dirac.svg'
set output 'selfconv_dirac.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'dirac family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.005558778587594182:0.47069636299433376]
set logscale y
set ytics (0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/d2/r1', \
     'data/selfconv_backward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_backward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'backward/d2/r1.5', \
     'data/selfconv_backward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_external_numpy_particle_flow_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'external/numpy\_particle\_flow/d2/r1', \
     'data/selfconv_external_numpy_particle_flow_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_external_numpy_particle_flow_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'external/numpy\_particle\_flow/d2/r1.5', \
     'data/selfconv_external_numpy_particle_flow_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_external_torch_backward_scheme_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'external/torch\_backward\_scheme/d2/r1', \
     'data/selfconv_external_torch_backward_scheme_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_external_torch_backward_scheme_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'external/torch\_backward\_scheme/d2/r1.5', \
     'data/selfconv_external_torch_backward_scheme_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
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
set yrange [0.008712566313047761:0.026137698939143281]
set logscale y
set ytics (0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.09 ± 0.15 (partly at the floor)', \
     'data/conv_mmd_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.28 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.12 ± 0.05 (partly at the floor)', \
     'data/conv_mmd_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
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
set yrange [0.0085832289885530988:0.026756581246201967]
set logscale y
set ytics (0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order -0.34 ± 0.07 (partly at the floor)', \
     'data/conv_radial_w2_d2_r1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.37 ± 0.00 (partly at the floor)', \
     'data/conv_radial_w2_d2_r1_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order -0.10 ± 0.05', \
     'data/conv_radial_w2_d2_r1_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,728 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_d2_r1.5.png'
set output 'conv_mmd_d2_r1.5.png.tmp'
set bmargin at screen 0.2582
set key at screen 0.08, screen 0.1703 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.014572806639955598:0.30472555691608944]
set logscale y
set ytics (0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 1.07 ± 0.13', \
     'data/conv_mmd_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.76 ± 0.01', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.63 ± 0.05', \
     'data/conv_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 1.07 ± 0.10', \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_mmd_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.76 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,728 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_d2_r1.5.png'
set output 'conv_radial_w2_d2_r1.5.png.tmp'
set bmargin at screen 0.2582
set key at screen 0.08, screen 0.1703 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0047473223152094757:0.62775004669182199]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward: order 0.67 ± 0.06', \
     'data/conv_radial_w2_d2_r1.5_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_d2_r1.5_backward_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'backward exact scheme: order 0.83 ± 0.00', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow: order 0.68 ± 0.04', \
     'data/conv_radial_w2_d2_r1.5_numpy_particle_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme: order 0.65 ± 0.10', \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/conv_radial_w2_d2_r1.5_torch_backward_scheme_exact.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#ff7f0e' title 'torch\_backward\_scheme (backward) exact scheme: order 0.83 ± 0.00'
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
set yrange [0.0039430420961613444:0.027157679174189903]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1_numpy_particle_flow.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1_torch_backward_scheme.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle
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
set yrange [0.00010308638323795496:0.12855962818731076]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/time_mmd_d2_r1.5_backward.dat' u 1:2 w lp lc rgb '#1f77b4' pt 7 ps 0.6 lw 2 title 'backward', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples of {/Symbol g}(t) (dotted)', \
     'data/time_mmd_d2_r1.5_backward.dat' u 1:4 w l dt 2 lc rgb '#1f77b4' title 'backward exact scheme', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:2 w lp lc rgb '#9467bd' pt 7 ps 0.6 lw 2 title 'numpy\_particle\_flow', \
     'data/time_mmd_d2_r1.5_numpy_particle_flow.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:2 w lp lc rgb '#ff7f0e' pt 7 ps 0.6 lw 2 title 'torch\_backward\_scheme', \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:3 w l dt 3 lw 1.5 lc rgb '#ff7f0e' notitle, \
     'data/time_mmd_d2_r1.5_torch_backward_scheme.dat' u 1:4 w l dt 2 lc rgb '#ff7f0e' title 'torch\_backward\_scheme exact scheme'
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
set xrange [0:1.09310271]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0364367569
set key top left font ',10'
set yrange [0:4.83028719]
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
set xrange [0:1.15769262]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'backward, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.038589754
set key top left font ',10'
set yrange [0:3.64863689]
plot 'data/radial_hist_backward_d2_r1.5.dat' u 1:2 w boxes lc rgb '#1f77b4' title 'particles', \
     'data/radial_exact_backward_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_backward_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.png'
set output 'scatter_numpy_particle_flow_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.png'
set output 'radial_numpy_particle_flow_d2_r1.png.tmp'
set xrange [0:1.04697324]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0348991079
set key top left font ',10'
set yrange [0:5.50157329]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_numpy_particle_flow_d2_r1.5.png'
set output 'scatter_numpy_particle_flow_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_numpy_particle_flow_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#9467bd' title 'particles', \
     'data/support_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_numpy_particle_flow_d2_r1.5.png'
set output 'radial_numpy_particle_flow_d2_r1.5.png.tmp'
set xrange [0:0.590210054]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'numpy\_particle\_flow, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0196736685
set key top left font ',10'
set yrange [0:15.9400877]
plot 'data/radial_hist_numpy_particle_flow_d2_r1.5.dat' u 1:2 w boxes lc rgb '#9467bd' title 'particles', \
     'data/radial_exact_numpy_particle_flow_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.png'
set output 'scatter_torch_backward_scheme_d2_r1.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.png'
set output 'radial_torch_backward_scheme_d2_r1.png.tmp'
set xrange [0:1.17044661]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.039014887
set key top left font ',10'
set yrange [0:5.2492783]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot scatter_torch_backward_scheme_d2_r1.5.png'
set output 'scatter_torch_backward_scheme_d2_r1.5.png.tmp'
set size ratio -1
set xlabel 'x_1'
set ylabel 'x_2'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2 (500 points)'
set key outside right top Left reverse font ',10'
plot 'data/points_torch_backward_scheme_d2_r1.5.dat' u 1:2 w p pt 7 ps 0.35 lc rgb '#ff7f0e' title 'particles', \
     'data/support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact support boundary', \
     'data/scheme_support_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate support a_{N}R'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_torch_backward_scheme_d2_r1.5.png'
set output 'radial_torch_backward_scheme_d2_r1.5.png.tmp'
set xrange [0:1.07229186]
set xlabel 'radius ||x||'
set ylabel 'density'
set title 'torch\_backward\_scheme, d = 2, r = 1.5, T = 1.2'
set style fill transparent solid 0.45 noborder
set boxwidth 0.0357430621
set key top left font ',10'
set yrange [0:3.22300311]
plot 'data/radial_hist_torch_backward_scheme_d2_r1.5.dat' u 1:2 w boxes lc rgb '#ff7f0e' title 'particles', \
     'data/radial_exact_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 2 lc rgb 'black' title 'exact radial density of {/Symbol g}(T)', \
     'data/radial_scheme_torch_backward_scheme_d2_r1.5.dat' u 1:2 w l lw 1.5 dt 2 lc rgb 'black' title 'exact JKO iterate''s radial density'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_dirac.png'
set output 'selfconv_dirac.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'dirac family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.005558778587594182:0.47069636299433376]
set logscale y
set ytics (0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/selfconv_backward_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'backward/d2/r1', \
     'data/selfconv_backward_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_backward_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'backward/d2/r1.5', \
     'data/selfconv_backward_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_external_numpy_particle_flow_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'external/numpy\_particle\_flow/d2/r1', \
     'data/selfconv_external_numpy_particle_flow_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_external_numpy_particle_flow_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'external/numpy\_particle\_flow/d2/r1.5', \
     'data/selfconv_external_numpy_particle_flow_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle, \
     'data/selfconv_external_torch_backward_scheme_d2_r1.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#17becf' title 'external/torch\_backward\_scheme/d2/r1', \
     'data/selfconv_external_torch_backward_scheme_d2_r1.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#17becf' notitle, \
     'data/selfconv_external_torch_backward_scheme_d2_r1_5.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#bcbd22' title 'external/torch\_backward\_scheme/d2/r1.5', \
     'data/selfconv_external_torch_backward_scheme_d2_r1_5.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#bcbd22' notitle
unset output
