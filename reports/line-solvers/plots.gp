# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_two_diracs.svg'
set output 'line_conv_w2_two_diracs.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0050868397806147518:0.05421542490652323]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.03'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_two_diracs.svg'
set output 'line_conv_mmd_two_diracs.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0090259312445556267:0.034996954597540104]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.52 ± 0.03 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.52 ± 0.03 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_two_diracs.svg'
set output 'line_time_two_diracs.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.025'
set xrange [-0.033750000000000016:1.2587500000000003]
set yrange [8.4150476800975613e-06:1.2027024252774323]
set logscale y
set ytics (1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/line_time_two_diracs_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_two_diracs_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_two_diracs_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_two_diracs_particle.svg'
set output 'line_quantiles_two_diracs_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> diracs:-1;1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_two_diracs_numpy_line_flow.svg'
set output 'line_quantiles_two_diracs_numpy_line_flow.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> diracs:-1;1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_uniform.svg'
set output 'line_conv_w2_uniform.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023329977756425188:0.026693818156819246]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_uniform.svg'
set output 'line_conv_mmd_uniform.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0020673255006540743:0.023021551465120985]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.02 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.02 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_uniform.svg'
set output 'line_time_uniform.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.025'
set xrange [-0.02375:1.0487500000000001]
set yrange [0.00012170691250131957:0.58518281211463175]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_uniform_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_uniform_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_uniform_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_uniform_particle.svg'
set output 'line_quantiles_uniform_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> uniform:-1,1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_uniform_numpy_line_flow.svg'
set output 'line_quantiles_uniform_numpy_line_flow.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> uniform:-1,1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_gaussian.svg'
set output 'line_conv_w2_gaussian.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023661716443137328:0.024870636712447783]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_gaussian.svg'
set output 'line_conv_mmd_gaussian.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0025364253134625889:0.025792099262878024]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.98 ± 0.00 (partly at the floor)', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.98 ± 0.00 (partly at the floor)', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_gaussian.svg'
set output 'line_time_gaussian.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set xrange [-0.033750000000000016:1.2587500000000003]
set yrange [0.00015421537854585338:0.82811764165868429]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_gaussian_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_gaussian_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_gaussian_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_gaussian_particle.svg'
set output 'line_quantiles_gaussian_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_gaussian_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_gaussian_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_gaussian_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_gaussian_numpy_line_flow.svg'
set output 'line_quantiles_gaussian_numpy_line_flow.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_weighted_atoms.svg'
set output 'line_conv_w2_weighted_atoms.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0051640498336586096:0.055945467035445]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_weighted_atoms.svg'
set output 'line_conv_mmd_weighted_atoms.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.014078144943939544:0.066053550895770224]
set logscale y
set ytics (0.02, 0.03, 0.04, 0.05, 0.06)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.59 ± 0.02 (partly at the floor)', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.59 ± 0.02 (partly at the floor)', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_weighted_atoms.svg'
set output 'line_time_weighted_atoms.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set xrange [-0.02375:1.0487500000000001]
set yrange [0.0012763292928886685:0.54411239746907725]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_weighted_atoms_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_weighted_atoms_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_weighted_atoms_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_weighted_atoms_particle.svg'
set output 'line_quantiles_weighted_atoms_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_quantiles_weighted_atoms_numpy_line_flow.svg'
set output 'line_quantiles_weighted_atoms_numpy_line_flow.svg.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_line.svg'
set output 'selfconv_line.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'line family: successive solutions (solid), exact error (dashed)'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023432373704680336:0.056207373392452367]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/selfconv_particle_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'particle/line/two\_diracs', \
     'data/selfconv_particle_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_particle_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'particle/line/uniform', \
     'data/selfconv_particle_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_line_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/line/gaussian', \
     'data/selfconv_particle_line_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_particle_line_weighted_atoms.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'particle/line/weighted\_atoms', \
     'data/selfconv_particle_line_weighted_atoms.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_two_diracs.png'
set output 'line_conv_w2_two_diracs.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0050868397806147518:0.05421542490652323]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.03'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_two_diracs.png'
set output 'line_conv_mmd_two_diracs.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> diracs:-1;1, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0090259312445556267:0.034996954597540104]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.52 ± 0.03 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.52 ± 0.03 (partly at the floor)', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_two_diracs.png'
set output 'line_time_two_diracs.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> diracs:-1;1, tau = 0.025'
set xrange [-0.033750000000000016:1.2587500000000003]
set yrange [8.4150476800975613e-06:1.2027024252774323]
set logscale y
set ytics (1e-05, 0.0001, 0.001, 0.01, 0.1, 1)
set mytics 10
set format y '%g'
plot 'data/line_time_two_diracs_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_two_diracs_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_two_diracs_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_two_diracs_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_two_diracs_particle.png'
set output 'line_quantiles_two_diracs_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> diracs:-1;1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_particle_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_two_diracs_numpy_line_flow.png'
set output 'line_quantiles_two_diracs_numpy_line_flow.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> diracs:-1;1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_two_diracs_numpy_line_flow_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_uniform.png'
set output 'line_conv_w2_uniform.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023329977756425188:0.026693818156819246]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_uniform.png'
set output 'line_conv_mmd_uniform.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> uniform:-1,1, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0020673255006540743:0.023021551465120985]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.02 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.02 ± 0.01 (partly at the floor)', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_uniform.png'
set output 'line_time_uniform.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> uniform:-1,1, tau = 0.025'
set xrange [-0.02375:1.0487500000000001]
set yrange [0.00012170691250131957:0.58518281211463175]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_uniform_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_uniform_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_uniform_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_uniform_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_uniform_particle.png'
set output 'line_quantiles_uniform_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> uniform:-1,1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_particle_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_uniform_numpy_line_flow.png'
set output 'line_quantiles_uniform_numpy_line_flow.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> uniform:-1,1, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_uniform_numpy_line_flow_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_uniform_numpy_line_flow_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_gaussian.png'
set output 'line_conv_w2_gaussian.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023661716443137328:0.024870636712447783]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_gaussian.png'
set output 'line_conv_mmd_gaussian.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0025364253134625889:0.025792099262878024]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.98 ± 0.00 (partly at the floor)', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.98 ± 0.00 (partly at the floor)', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_gaussian.png'
set output 'line_time_gaussian.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set xrange [-0.033750000000000016:1.2587500000000003]
set yrange [0.00015421537854585338:0.82811764165868429]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_gaussian_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_gaussian_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_gaussian_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_gaussian_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_gaussian_particle.png'
set output 'line_quantiles_gaussian_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_gaussian_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_gaussian_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_gaussian_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_particle_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_particle_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_gaussian_particle_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_gaussian_numpy_line_flow.png'
set output 'line_quantiles_gaussian_numpy_line_flow.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.3', \
     'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_gaussian_numpy_line_flow_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.6', \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n24.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.9', \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n36.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1.2', \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_gaussian_numpy_line_flow_n48.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_weighted_atoms.png'
set output 'line_conv_w2_weighted_atoms.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0051640498336586096:0.055945467035445]
set logscale y
set ytics (0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/line_conv_w2_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_weighted_atoms.png'
set output 'line_conv_mmd_weighted_atoms.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set xrange [0.021739130434782612:0.22999999999999998]
set logscale x
set xtics (0.025, 0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.014078144943939544:0.066053550895770224]
set logscale y
set ytics (0.02, 0.03, 0.04, 0.05, 0.06)
set mytics 10
set format y '%g'
plot 'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.59 ± 0.02 (partly at the floor)', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.59 ± 0.02 (partly at the floor)', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_weighted_atoms.png'
set output 'line_time_weighted_atoms.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set xrange [-0.02375:1.0487500000000001]
set yrange [0.0012763292928886685:0.54411239746907725]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/line_time_weighted_atoms_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: W2 to the exact flow', \
     'data/line_time_weighted_atoms_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/line_time_weighted_atoms_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_line\_flow: W2 to the exact flow', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme iterate', \
     'data/line_time_weighted_atoms_numpy_line_flow.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_line\_flow: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_weighted_atoms_particle.png'
set output 'line_quantiles_weighted_atoms_particle.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'particle, uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_weighted_atoms_particle_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_weighted_atoms_particle_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot line_quantiles_weighted_atoms_numpy_line_flow.png'
set output 'line_quantiles_weighted_atoms_numpy_line_flow.png.tmp'
set xlabel 'level s'
set ylabel 'quantile Q(t, s)'
set title 'numpy\_line\_flow, uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key top left font ',9'
set xrange [0:1]
plot 'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'exact flow, t = 0.25', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n10.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_line\_flow particles', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'exact flow, t = 0.5', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n20.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'exact flow, t = 0.75', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n30.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'exact flow, t = 1', \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/line_quantiles_weighted_atoms_numpy_line_flow_n40.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_line.png'
set output 'selfconv_line.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'line family: successive solutions (solid), exact error (dashed)'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0023432373704680336:0.056207373392452367]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05)
set mytics 10
set format y '%g'
plot 'data/selfconv_particle_line_two_diracs.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'particle/line/two\_diracs', \
     'data/selfconv_particle_line_two_diracs.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_particle_line_uniform.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'particle/line/uniform', \
     'data/selfconv_particle_line_uniform.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle, \
     'data/selfconv_particle_line_gaussian.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#8c564b' title 'particle/line/gaussian', \
     'data/selfconv_particle_line_gaussian.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#8c564b' notitle, \
     'data/selfconv_particle_line_weighted_atoms.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#e377c2' title 'particle/line/weighted\_atoms', \
     'data/selfconv_particle_line_weighted_atoms.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#e377c2' notitle
unset output
