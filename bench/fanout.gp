# The fan-out latency distribution from bench/target/fanout.dat (written by bench/run): the share
# of publishes (y) done within a time (x), for all 13 tenants told and for all alerts accepted.
set terminal pngcairo size 900,520 font "DejaVu Sans,11"
set output "bench/fanout.png"
set title "Liên Kết fan-out: time from HCMC's publish response (ms), 2-core machine"
set xlabel "milliseconds after the publish response"
set ylabel "share of publishes done"
stats "bench/target/fanout.dat" using 2 nooutput
n = STATS_records
set yrange [0:1]
set grid
set key bottom right
plot "bench/target/fanout.dat" using 2:(1.0/n) smooth cumulative with steps lw 2 title "all 13 derived plans REVISION\\_REQUIRED", \
     "" using 3:(1.0/n) smooth cumulative with steps lw 2 title "all alerts accepted by SMTP / SMSC"
