# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d2_r1.svg'
set output 'conv_mmd_particles_d2_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0069653577436891555:0.020896073231067465]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.04 ± 0.09 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.08 ± 0.00 (at the floor: no order)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.svg'
set output 'conv_radial_w2_particles_d2_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0063248419945370789:0.018974525983611233]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.30 ± 0.09 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.22 ± 0.09'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d2_r1.svg'
set output 'conv_mmd_chain_d2_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0096584411699094947:0.031533029991477932]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.01 ± 0.04', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order -0.31 ± 0.08'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,680 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.svg'
set output 'conv_radial_w2_chain_d2_r1.svg.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040924630718286404:0.018371954312828349]
set logscale y
set ytics (0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.21 ± 0.17', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.22 ± 0.15'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d2_r1.png'
set output 'conv_mmd_particles_d2_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0069653577436891555:0.020896073231067465]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.04 ± 0.09 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.08 ± 0.00 (at the floor: no order)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.png'
set output 'conv_radial_w2_particles_d2_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0063248419945370789:0.018974525983611233]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.30 ± 0.09 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.22 ± 0.09'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d2_r1.png'
set output 'conv_mmd_chain_d2_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0096584411699094947:0.031533029991477932]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.01 ± 0.04', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order -0.31 ± 0.08'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,680 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.png'
set output 'conv_radial_w2_chain_d2_r1.png.tmp'
set bmargin at screen 0.2059
set key at screen 0.08, screen 0.1118 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040924630718286404:0.018371954312828349]
set logscale y
set ytics (0.005, 0.006, 0.007, 0.008, 0.009, 0.01)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (published-displacement-with): order 0.21 ± 0.17', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 5 lw 2 title 'backward (published-position-without): order 0.22 ± 0.15'
unset output
