# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d2_r1.svg'
set output 'conv_mmd_particles_d2_r1.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0061807587620181237:0.025546576894410609]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.09 ± 0.15 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.28 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.12 ± 0.05 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order -0.02 ± 0.01', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.16 ± 0.06', \
     'data/conv_mmd_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.29 ± 0.00 (partly at the floor)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,744 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.svg'
set output 'conv_radial_w2_particles_d2_r1.svg.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
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
plot 'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.34 ± 0.07 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.37 ± 0.00 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.10 ± 0.05', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.09 ± 0.12', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.19 ± 0.01', \
     'data/conv_radial_w2_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.38 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d2_r1.svg'
set output 'conv_mmd_chain_d2_r1.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0092111432090861353:0.038870069990321367]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.19 ± 0.29 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.23 ± 0.10 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.16 ± 0.11 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.04 ± 0.08 (partly at the floor)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,712 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.svg'
set output 'conv_radial_w2_chain_d2_r1.svg.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040924630718286404:0.031830808813626432]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.27 ± 0.05', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.22 ± 0.14', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.13 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.21 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,792 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d2_r1.5.svg'
set output 'conv_mmd_particles_d2_r1.5.svg.tmp'
set bmargin at screen 0.3182
set key at screen 0.08, screen 0.2374 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
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
plot 'data/conv_mmd_particles_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.07 ± 0.13', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 1.07 ± 0.10', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.06', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.88 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,792 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.5.svg'
set output 'conv_radial_w2_particles_d2_r1.5.svg.tmp'
set bmargin at screen 0.3182
set key at screen 0.08, screen 0.2374 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
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
plot 'data/conv_radial_w2_particles_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.67 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.65 ± 0.10', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d2_r1.5.svg'
set output 'conv_mmd_chain_d2_r1.5.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0070503560130874051:0.3149278285343165]
set logscale y
set ytics (0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.09 ± 0.12', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.95 ± 0.10', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.04', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.85 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 960,760 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.5.svg'
set output 'conv_radial_w2_chain_d2_r1.5.svg.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0021337574966038019:0.6521162510280939]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.70 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.63 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.73 ± 0.07', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_radial_w2_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d2_r1.png'
set output 'conv_mmd_particles_d2_r1.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0061807587620181237:0.025546576894410609]
set logscale y
set ytics (0.007, 0.008, 0.009, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.09 ± 0.15 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.28 ± 0.00 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.12 ± 0.05 (partly at the floor)', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order -0.02 ± 0.01', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.16 ± 0.06', \
     'data/conv_mmd_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.29 ± 0.00 (partly at the floor)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,744 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.png'
set output 'conv_radial_w2_particles_d2_r1.png.tmp'
set bmargin at screen 0.2742
set key at screen 0.08, screen 0.1882 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
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
plot 'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.34 ± 0.07 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.37 ± 0.00 (partly at the floor)', \
     'data/conv_radial_w2_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.10 ± 0.05', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.09 ± 0.12', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.19 ± 0.01', \
     'data/conv_radial_w2_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.38 ± 0.00'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d2_r1.png'
set output 'conv_mmd_chain_d2_r1.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0092111432090861353:0.038870069990321367]
set logscale y
set ytics (0.01, 0.02, 0.03)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.497, above the plot', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.19 ± 0.29 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.23 ± 0.10 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.16 ± 0.11 (partly at the floor)', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.04 ± 0.08 (partly at the floor)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,712 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.png'
set output 'conv_radial_w2_chain_d2_r1.png.tmp'
set bmargin at screen 0.2416
set key at screen 0.08, screen 0.1517 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0040924630718286404:0.031830808813626432]
set logscale y
set ytics (0.005, 0.01, 0.02)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.77, above the plot', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.27 ± 0.05', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.22 ± 0.14', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.13 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.21 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,792 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d2_r1.5.png'
set output 'conv_mmd_particles_d2_r1.5.png.tmp'
set bmargin at screen 0.3182
set key at screen 0.08, screen 0.2374 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
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
plot 'data/conv_mmd_particles_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.07 ± 0.13', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 1.07 ± 0.10', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.06', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.88 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,792 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.5.png'
set output 'conv_radial_w2_particles_d2_r1.5.png.tmp'
set bmargin at screen 0.3182
set key at screen 0.08, screen 0.2374 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
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
plot 'data/conv_radial_w2_particles_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.67 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.65 ± 0.10', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d2_r1.5.png'
set output 'conv_mmd_chain_d2_r1.5.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0070503560130874051:0.3149278285343165]
set logscale y
set ytics (0.01, 0.02, 0.05, 0.1, 0.2)
set mytics 10
set format y '%g'
plot 'data/conv_mmd_chain_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.263 (grey band)', \
     'data/conv_mmd_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.265', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.09 ± 0.12', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.95 ± 0.10', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.04', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_mmd_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.85 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,760 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.5.png'
set output 'conv_radial_w2_chain_d2_r1.5.png.tmp'
set bmargin at screen 0.2895
set key at screen 0.08, screen 0.2053 left top Left reverse vertical maxcols 1 font ',10' samplen 3 spacing 1
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set xrange [0.043478260869565223:0.22999999999999998]
set logscale x
set xtics (0.05, 0.1, 0.2)
set mxtics 10
set format x '%g'
set yrange [0.0021337574966038019:0.6521162510280939]
set logscale y
set ytics (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)
set mytics 10
set format y '%g'
plot 'data/conv_radial_w2_chain_d2_r1.5_frozen1.dat' u 1:2 w l lw 7 lc rgb '#c8c8c8' title 'frozen start {/Symbol g}(0.2): 0.489 (grey band)', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 2 ps 0.9 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0: 0.503', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.70 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.63 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#8c564b' pt 5 lw 2 title 'backward (default): order 0.73 ± 0.07', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#8c564b' notitle, \
     'data/conv_radial_w2_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_radial_w2_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02'
unset output
