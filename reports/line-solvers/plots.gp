# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

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
plot 'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.03'
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
plot 'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
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
set title 'dirac:0 -> diracs:-1;1, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
plot 'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.04 ± 0.01'
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
plot 'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
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
set title 'dirac:0 -> uniform:-1,1, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_gaussian.svg'
set output 'line_conv_w2_gaussian.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_gaussian.svg'
set output 'line_conv_mmd_gaussian.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.98 ± 0.00', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.98 ± 0.00', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_gaussian.svg'
set output 'line_time_gaussian.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_w2_weighted_atoms.svg'
set output 'line_conv_w2_weighted_atoms.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_conv_mmd_weighted_atoms.svg'
set output 'line_conv_mmd_weighted_atoms.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot line_time_weighted_atoms.svg'
set output 'line_time_weighted_atoms.svg.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
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
plot 'data/line_conv_w2_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.00 ± 0.03', \
     'data/line_conv_w2_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.03'
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
plot 'data/line_conv_mmd_two_diracs_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.52 ± 0.03', \
     'data/line_conv_mmd_two_diracs_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
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
set title 'dirac:0 -> diracs:-1;1, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
plot 'data/line_conv_w2_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.03 ± 0.01', \
     'data/line_conv_w2_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.04 ± 0.01'
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
plot 'data/line_conv_mmd_uniform_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.02 ± 0.01', \
     'data/line_conv_mmd_uniform_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
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
set title 'dirac:0 -> uniform:-1,1, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_gaussian.png'
set output 'line_conv_w2_gaussian.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.00 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.99 ± 0.00', \
     'data/line_conv_w2_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.00 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_gaussian.png'
set output 'line_conv_mmd_gaussian.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'dirac:0 -> gaussian:0.5,0.3, T = 1.2'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_gaussian_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.98 ± 0.00', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.98 ± 0.00', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.98 ± 0.01', \
     'data/line_conv_mmd_gaussian_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_gaussian.png'
set output 'line_time_gaussian.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'dirac:0 -> gaussian:0.5,0.3, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_w2_weighted_atoms.png'
set output 'line_conv_w2_weighted_atoms.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'W2 to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_w2_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 1.01 ± 0.00', \
     'data/line_conv_w2_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 1.01 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_conv_mmd_weighted_atoms.png'
set output 'line_conv_mmd_weighted_atoms.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the exact flow at T'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, T = 1'
set key bottom right font ',10'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_line\_flow: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow exact scheme: order 0.59 ± 0.02', \
     'data/line_conv_mmd_weighted_atoms_numpy_line_flow.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_line\_flow noise floor'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot line_time_weighted_atoms.png'
set output 'line_time_weighted_atoms.png.tmp'
set logscale y
set xlabel 't'
set ylabel 'error'
set title 'uniform:-0.5,0.5 -> diracs:-1@0.2;0.25@0.5;1.5@0.3, tau = 0.025'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
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
