# The fan-out latency distributions from bench/results/fanout-*.dat (written by bench/run): the
# share of publishes (y) done within a time (x), for all members told and for all alerts
# accepted, with the 13 Mekong members and with the generated 63-member, 200-activity programme.
set terminal pngcairo size 960,560 font "DejaVu Sans,11"
set output "bench/fanout.png"
set title "Liên Kết fan-out: time from HCMC's publish response, 2-core machine"
set xlabel "milliseconds after the publish response (log scale)"
set ylabel "share of publishes done"
set logscale x
small = "bench/results/fanout-13-tenants.dat"
big = "bench/results/fanout-63-tenants-200-activities.dat"
stats small using 2 nooutput
n13 = STATS_records
stats big using 2 nooutput
n63 = STATS_records
set yrange [0:1]
set grid
set key top left box opaque
set arrow from 500, graph 0 to 500, graph 1 nohead dt 2 lc rgb "#888888"
set arrow from 2000, graph 0 to 2000, graph 1 nohead dt 2 lc rgb "#888888"
plot small using 2:(1.0/n13) smooth cumulative with steps lw 2 lc rgb "#1f77b4" title "13 members: all derived plans REVISION\\_REQUIRED", \
     small using 3:(1.0/n13) smooth cumulative with steps lw 2 lc rgb "#ff7f0e" title "13 members: all 26 alerts accepted", \
     big using 2:(1.0/n63) smooth cumulative with steps lw 2 dt 3 lc rgb "#1f77b4" title "63 members, 200 activities: all REVISION\\_REQUIRED", \
     big using 3:(1.0/n63) smooth cumulative with steps lw 2 dt 3 lc rgb "#ff7f0e" title "63 members, 200 activities: all 126 alerts accepted"
