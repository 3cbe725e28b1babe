# gnuplot script behind the report's plots (written by nwgf report). Each plot is made
# twice: SVG, then PNG. Run from this directory: gnuplot plots.gp (the print lines mark each
# plot's start: nwgf's progress and time budget)
set encoding utf8
set grid lc rgb '#dddddd'

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d2_r1.svg'
set output 'conv_mmd_particles_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.10 ± 0.15', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.28 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.12 ± 0.05', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.01 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.14 ± 0.06', \
     'data/conv_mmd_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.29 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.svg'
set output 'conv_radial_w2_particles_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.35 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.37 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.10 ± 0.05', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.00 ± 0.09', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.18 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.38 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d2_r1.svg'
set output 'conv_mmd_chain_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.19 ± 0.29', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.23 ± 0.10', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.13 ± 0.07', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.04 ± 0.08', \
     'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.svg'
set output 'conv_radial_w2_chain_d2_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.27 ± 0.05', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.22 ± 0.14', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.09 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.19 ± 0.02', \
     'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d2_r1.5.svg'
set output 'conv_mmd_particles_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.07 ± 0.13', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 1.07 ± 0.10', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.06', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.5.svg'
set output 'conv_radial_w2_particles_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.67 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.65 ± 0.10', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d2_r1.5.svg'
set output 'conv_mmd_chain_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.09 ± 0.13', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.95 ± 0.10', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.88 ± 0.05', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.85 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02', \
     'data/conv_mmd_chain_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.5.svg'
set output 'conv_radial_w2_chain_d2_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.71 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.63 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.07', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_radial_w2_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d3_r1.svg'
set output 'conv_mmd_particles_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.12 ± 0.14', \
     'data/conv_mmd_particles_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.21 ± 0.01', \
     'data/conv_mmd_particles_d3_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.15 ± 0.00', \
     'data/conv_mmd_particles_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d3_r1.svg'
set output 'conv_radial_w2_particles_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.14 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.03 ± 0.01', \
     'data/conv_radial_w2_particles_d3_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.09 ± 0.00', \
     'data/conv_radial_w2_particles_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d3_r1.svg'
set output 'conv_mmd_chain_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.04 ± 0.01', \
     'data/conv_mmd_chain_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.06 ± 0.03', \
     'data/conv_mmd_chain_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d3_r1.svg'
set output 'conv_radial_w2_chain_d3_r1.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.16 ± 0.01', \
     'data/conv_radial_w2_chain_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.03 ± 0.01', \
     'data/conv_radial_w2_chain_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_particles_d3_r1.5.svg'
set output 'conv_mmd_particles_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.94 ± 0.06', \
     'data/conv_mmd_particles_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_mmd_particles_d3_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.64 ± 0.05', \
     'data/conv_mmd_particles_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.77 ± 0.01', \
     'data/conv_mmd_particles_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_mmd_particles_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_particles_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_particles_d3_r1.5.svg'
set output 'conv_radial_w2_particles_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.52 ± 0.12', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.64 ± 0.03', \
     'data/conv_radial_w2_particles_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_particles_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_mmd_chain_d3_r1.5.svg'
set output 'conv_mmd_chain_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.91 ± 0.06', \
     'data/conv_mmd_chain_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.77 ± 0.02', \
     'data/conv_mmd_chain_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.77 ± 0.01', \
     'data/conv_mmd_chain_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_mmd_chain_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_chain_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal svg size 720,520 dynamic enhanced font 'Helvetica,13' background rgb 'white'
print 'nwgf-plot conv_radial_w2_chain_d3_r1.5.svg'
set output 'conv_radial_w2_chain_d3_r1.5.svg.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.51 ± 0.13', \
     'data/conv_radial_w2_chain_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.90 ± 0.02', \
     'data/conv_radial_w2_chain_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_chain_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_chain_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d2_r1.png'
set output 'conv_mmd_particles_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.10 ± 0.15', \
     'data/conv_mmd_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.28 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.12 ± 0.05', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.01 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.14 ± 0.06', \
     'data/conv_mmd_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.29 ± 0.00', \
     'data/conv_mmd_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.png'
set output 'conv_radial_w2_particles_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.35 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.37 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.10 ± 0.05', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.00 ± 0.09', \
     'data/conv_radial_w2_particles_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_particles_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.18 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.38 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d2_r1.png'
set output 'conv_mmd_chain_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.19 ± 0.29', \
     'data/conv_mmd_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.23 ± 0.10', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.13 ± 0.07', \
     'data/conv_mmd_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.04 ± 0.08', \
     'data/conv_mmd_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.png'
set output 'conv_radial_w2_chain_d2_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order -0.27 ± 0.05', \
     'data/conv_radial_w2_chain_d2_r1_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order -0.22 ± 0.14', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.09 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_chain_d2_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.19 ± 0.02', \
     'data/conv_radial_w2_chain_d2_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d2_r1.5.png'
set output 'conv_mmd_particles_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.07 ± 0.13', \
     'data/conv_mmd_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 1.07 ± 0.10', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.87 ± 0.06', \
     'data/conv_mmd_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.63 ± 0.05', \
     'data/conv_mmd_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02', \
     'data/conv_mmd_particles_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d2_r1.5.png'
set output 'conv_radial_w2_particles_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.67 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_numpy_particle_flow.dat' u 1:2:3:4 w yerrorlines lc rgb '#9467bd' pt 7 lw 2 title 'numpy\_particle\_flow (solvers): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.65 ± 0.10', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.06', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_particles_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.68 ± 0.04', \
     'data/conv_radial_w2_particles_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d2_r1.5_exact3.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_particles_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d2_r1.5.png'
set output 'conv_mmd_chain_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 1.09 ± 0.13', \
     'data/conv_mmd_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.95 ± 0.10', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.88 ± 0.05', \
     'data/conv_mmd_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_mmd_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.85 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.76 ± 0.01', \
     'data/conv_mmd_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.90 ± 0.02', \
     'data/conv_mmd_chain_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d2_r1.5.png'
set output 'conv_radial_w2_chain_d2_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 2, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 7 lw 2 title 'backward (solvers): order 0.71 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d2_r1.5_f1_torch_backward_scheme.dat' u 1:2:3:4 w yerrorlines lc rgb '#ff7f0e' pt 7 lw 2 title 'torch\_backward\_scheme (solvers): order 0.63 ± 0.08', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.72 ± 0.07', \
     'data/conv_radial_w2_chain_d2_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' notitle, \
     'data/conv_radial_w2_chain_d2_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_radial_w2_chain_d2_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d2_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_chain_d2_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d3_r1.png'
set output 'conv_mmd_particles_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.12 ± 0.14', \
     'data/conv_mmd_particles_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.21 ± 0.01', \
     'data/conv_mmd_particles_d3_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.15 ± 0.00', \
     'data/conv_mmd_particles_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d3_r1.png'
set output 'conv_radial_w2_particles_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.14 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.03 ± 0.01', \
     'data/conv_radial_w2_particles_d3_r1_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.09 ± 0.00', \
     'data/conv_radial_w2_particles_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d3_r1.png'
set output 'conv_mmd_chain_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.04 ± 0.01', \
     'data/conv_mmd_chain_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order -0.06 ± 0.03', \
     'data/conv_mmd_chain_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d3_r1.png'
set output 'conv_radial_w2_chain_d3_r1.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d3_r1_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order -0.16 ± 0.01', \
     'data/conv_radial_w2_chain_d3_r1_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d3_r1_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.03 ± 0.01', \
     'data/conv_radial_w2_chain_d3_r1_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_particles_d3_r1.5.png'
set output 'conv_mmd_particles_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_particles_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.94 ± 0.06', \
     'data/conv_mmd_particles_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_particles_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.01', \
     'data/conv_mmd_particles_d3_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.64 ± 0.05', \
     'data/conv_mmd_particles_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.77 ± 0.01', \
     'data/conv_mmd_particles_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_mmd_particles_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_particles_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_particles_d3_r1.5.png'
set output 'conv_radial_w2_particles_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, particles'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_particles_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.52 ± 0.12', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.89 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1.5_f2_particle.dat' u 1:2:3:4 w yerrorlines lc rgb '#2ca02c' pt 5 lw 2 title 'particle (default): order 0.64 ± 0.03', \
     'data/conv_radial_w2_particles_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_particles_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_particles_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_particles_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_mmd_chain_d3_r1.5.png'
set output 'conv_mmd_chain_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'MMD to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_mmd_chain_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.91 ± 0.06', \
     'data/conv_mmd_chain_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_mmd_chain_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.77 ± 0.02', \
     'data/conv_mmd_chain_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.77 ± 0.01', \
     'data/conv_mmd_chain_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_mmd_chain_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_mmd_chain_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output

reset session
set encoding utf8
set grid lc rgb '#dddddd'
set terminal pngcairo size 960,690 enhanced font 'Helvetica,13'
print 'nwgf-plot conv_radial_w2_chain_d3_r1.5.png'
set output 'conv_radial_w2_chain_d3_r1.5.png.tmp'
set logscale xy
set xlabel 'step size {/Symbol t}'
set ylabel 'radial W_2 to {/Symbol g}(T) at T'
set title 'd = 3, r = 1.5, T = 1.2, chain'
set key outside bottom center horizontal font ',9'
set format y '%.0e'
set offsets graph 0.05, graph 0.05, 0, 0
plot 'data/conv_radial_w2_chain_d3_r1.5_f2_backward.dat' u 1:2:3:4 w yerrorlines lc rgb '#1f77b4' pt 5 lw 2 title 'backward (default): order 0.51 ± 0.13', \
     'data/conv_radial_w2_chain_d3_r1.5_f2_backward.dat' u 1:5 w l dt 3 lw 1.5 lc rgb '#1f77b4' title 'noise floor: i.i.d. exact samples (dotted)', \
     'data/conv_radial_w2_chain_d3_r1.5_f2_forward.dat' u 1:2:3:4 w yerrorlines lc rgb '#d62728' pt 5 lw 2 title 'forward (default): order 0.90 ± 0.02', \
     'data/conv_radial_w2_chain_d3_r1.5_exact1.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#1f77b4' title 'exact JKO iterate from {/Symbol d}_0: order 0.83 ± 0.00', \
     'data/conv_radial_w2_chain_d3_r1.5_exact2.dat' u 1:2 w l dt 2 lw 1.5 lc rgb '#d62728' title 'exact Euler iterate from {/Symbol g}(0.2): order 0.91 ± 0.02', \
     'data/conv_radial_w2_chain_d3_r1.5_frozen1.dat' u 1:2 w lp dt 4 pt 2 ps 0.8 lw 1.5 lc rgb 'black' title 'frozen start {/Symbol d}_0', \
     'data/conv_radial_w2_chain_d3_r1.5_frozen2.dat' u 1:2 w lp dt 4 pt 6 ps 0.8 lw 1.5 lc rgb '#777777' title 'frozen start {/Symbol g}(0.2)'
unset output
