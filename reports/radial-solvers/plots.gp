# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.svg'
set output 'radial_conv_radial_w2_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 0.8'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0021924375637952056:0.01358059088615653]
set logscale y
set ytics (0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.46 ± 0.11', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.44 ± 0.12', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.svg'
set output 'radial_conv_mmd_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 0.8'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0011540552249040006:0.035866318985185719]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.01 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_radial noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_gaussian_to_sphere.svg'
set output 'radial_time_gaussian_to_sphere.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set xrange [0.012499999999999997:0.83750000000000002]
set yrange [0.00018059455443110407:0.40430382455598951]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/radial_time_gaussian_to_sphere_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_radial: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_radial: MMD to the target'
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
plot 'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.2', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.4', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.8', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_numpy_radial.svg'
set output 'radial_quantiles_gaussian_to_sphere_numpy_radial.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'numpy\_radial, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.2', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_radial particles', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.4', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.8', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_radial_w2_shell_to_ball.svg'
set output 'radial_conv_radial_w2_shell_to_ball.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, T = 0.6'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00050502839228225977:0.0058303968344935193]
set logscale y
set ytics (0.001, 0.002, 0.005)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_shell_to_ball_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.26 ± 0.08', \
     'data/radial_conv_radial_w2_shell_to_ball_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_ball_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.05 ± 0.02', \
     'data/radial_conv_radial_w2_shell_to_ball_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.03 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_conv_mmd_shell_to_ball.svg'
set output 'radial_conv_mmd_shell_to_ball.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, T = 0.6'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00024611856961413096:0.044448907337118898]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order -0.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order -0.03 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_radial noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_time_shell_to_ball.svg'
set output 'radial_time_shell_to_ball.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set xrange [0.022499999999999999:0.62750000000000006]
set yrange [4.2225734999240158e-05:0.18852284991331314]
set logscale y
set ytics (5e-05, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/radial_time_shell_to_ball_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_shell_to_ball_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/radial_time_shell_to_ball_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_radial: radial W2 to the reference flow', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme iterate', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_radial: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_shell_to_ball_particle.svg'
set output 'radial_quantiles_shell_to_ball_particle.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.15', \
     'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.3', \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.45', \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,640 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot radial_quantiles_shell_to_ball_numpy_radial.svg'
set output 'radial_quantiles_shell_to_ball_numpy_radial.svg.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'numpy\_radial, d = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.15', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_radial particles', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.3', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.45', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,648 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot selfconv_radial.svg'
set output 'selfconv_radial.svg.tmp'
set bmargin at screen 0.1667
set key at screen 0.08, screen 0.0679 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'radial family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00053142201714383652:0.01368841829378668]
set logscale y
set ytics (0.001, 0.002, 0.005, 0.01)
set mytics 10
set format y '%g'
plot 'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'particle/radial/gaussian\_to\_sphere', \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_particle_radial_shell_to_ball.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'particle/radial/shell\_to\_ball', \
     'data/selfconv_particle_radial_shell_to_ball.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_gaussian_to_sphere.png'
set output 'radial_conv_radial_w2_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 0.8'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0021924375637952056:0.01358059088615653]
set logscale y
set ytics (0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.46 ± 0.11', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.44 ± 0.12', \
     'data/radial_conv_radial_w2_gaussian_to_sphere_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.04 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_gaussian_to_sphere.png'
set output 'radial_conv_mmd_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, T = 0.8'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0011540552249040006:0.035866318985185719]
set logscale y
set ytics (0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.03 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.01 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.04 ± 0.01', \
     'data/radial_conv_mmd_gaussian_to_sphere_numpy_radial.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_radial noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_gaussian_to_sphere.png'
set output 'radial_time_gaussian_to_sphere.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set xrange [0.012499999999999997:0.83750000000000002]
set yrange [0.00018059455443110407:0.40430382455598951]
set logscale y
set ytics (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/radial_time_gaussian_to_sphere_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_radial: radial W2 to the reference flow', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme iterate', \
     'data/radial_time_gaussian_to_sphere_numpy_radial.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_radial: MMD to the target'
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
plot 'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.2', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n4.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.4', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n8.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.8', \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_particle_n16.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_gaussian_to_sphere_numpy_radial.png'
set output 'radial_quantiles_gaussian_to_sphere_numpy_radial.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'numpy\_radial, d = 3, r = 1: gaussian:0.3 -> sphere:1, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.2', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n4.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_radial particles', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.4', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n8.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.8', \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_gaussian_to_sphere_numpy_radial_n16.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_radial_w2_shell_to_ball.png'
set output 'radial_conv_radial_w2_shell_to_ball.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W2 to the reference flow at T'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, T = 0.6'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00050502839228225977:0.0058303968344935193]
set logscale y
set ytics (0.001, 0.002, 0.005)
set mytics 10
set format y '%g'
plot 'data/radial_conv_radial_w2_shell_to_ball_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order 0.26 ± 0.08', \
     'data/radial_conv_radial_w2_shell_to_ball_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_radial_w2_shell_to_ball_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order 0.05 ± 0.02', \
     'data/radial_conv_radial_w2_shell_to_ball_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.03 ± 0.01'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_conv_mmd_shell_to_ball.png'
set output 'radial_conv_mmd_shell_to_ball.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to the reference flow at T'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, T = 0.6'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00024611856961413096:0.044448907337118898]
set logscale y
set ytics (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'particle: order -0.01 ± 0.00', \
     'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_shell_to_ball_particle.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'particle noise floor (dotted)', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 7 lw 2 title 'numpy\_radial: order -0.03 ± 0.01 (at the floor: no order)', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme: order 1.03 ± 0.01', \
     'data/radial_conv_mmd_shell_to_ball_numpy_radial.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#d62728' title 'numpy\_radial noise floor (dotted)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_time_shell_to_ball.png'
set output 'radial_time_shell_to_ball.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 't'
set ylabel 'error'
set title 'd = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set xrange [0.022499999999999999:0.62750000000000006]
set yrange [4.2225734999240158e-05:0.18852284991331314]
set logscale y
set ytics (5e-05, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1)
set mytics 10
set format y '%g'
plot 'data/radial_time_shell_to_ball_particle.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'particle: radial W2 to the reference flow', \
     'data/radial_time_shell_to_ball_particle.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'particle exact scheme iterate', \
     'data/radial_time_shell_to_ball_particle.dat' u 1:4 w l dt 4 lw 1 lc rgb '#1f77b4' title 'particle: MMD to the target', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'numpy\_radial: radial W2 to the reference flow', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '#d62728' title 'numpy\_radial exact scheme iterate', \
     'data/radial_time_shell_to_ball_numpy_radial.dat' u 1:4 w l dt 4 lw 1 lc rgb '#d62728' title 'numpy\_radial: MMD to the target'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_shell_to_ball_particle.png'
set output 'radial_quantiles_shell_to_ball_particle.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'particle, d = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.15', \
     'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_ball_particle_n3.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: particle particles', \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.3', \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.45', \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n9.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_ball_particle_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,640 enhanced font 'Helvetica,13'
print 'nwgf-plot radial_quantiles_shell_to_ball_numpy_radial.png'
set output 'radial_quantiles_shell_to_ball_numpy_radial.png.tmp'
set xlabel 'level s'
set ylabel 'radial quantile Q(t, s)'
set title 'numpy\_radial, d = 2, r = 1.5: shell:0.5,1 -> ball:1.5, tau = 0.05'
set key top left font ',9'
set xrange [0:1]
plot 'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:3 w l lw 2 lc rgb '#1f77b4' title 'reference flow, t = 0.15', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'dashed: exact scheme iterate', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n3.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#1f77b4' title 'points: numpy\_radial particles', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:3 w l lw 2 lc rgb '#d62728' title 'reference flow, t = 0.3', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n6.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#d62728' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:3 w l lw 2 lc rgb '#2ca02c' title 'reference flow, t = 0.45', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n9.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#2ca02c' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:3 w l lw 2 lc rgb '#9467bd' title 'reference flow, t = 0.6', \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:4 w l dt 2 lw 1.5 lc rgb '#9467bd' notitle, \
     'data/radial_quantiles_shell_to_ball_numpy_radial_n12.dat' u 1:2 w p pt 7 ps 0.5 lc rgb '#9467bd' notitle
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,648 enhanced font 'Helvetica,13'
print 'nwgf-plot selfconv_radial.png'
set output 'selfconv_radial.png.tmp'
set bmargin at screen 0.1667
set key at screen 0.08, screen 0.0679 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'coarser step size {/Symbol t}'
set ylabel 'W2 between solutions at {/Symbol t} and {/Symbol t}/2'
set title 'radial family: successive solutions (solid), exact error (dashed)'
set xrange [0.081649658092772609:0.2449489742783178]
set logscale x
set xtics (0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.00053142201714383652:0.01368841829378668]
set logscale y
set ytics (0.001, 0.002, 0.005, 0.01)
set mytics 10
set format y '%g'
plot 'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#9467bd' title 'particle/radial/gaussian\_to\_sphere', \
     'data/selfconv_particle_radial_gaussian_to_sphere.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#9467bd' notitle, \
     'data/selfconv_particle_radial_shell_to_ball.dat' u 1:2 w lp pt 7 lw 2 lc rgb '#ff7f0e' title 'particle/radial/shell\_to\_ball', \
     'data/selfconv_particle_radial_shell_to_ball.dat' u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '#ff7f0e' notitle
unset output
