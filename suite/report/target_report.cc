// The report's section of a family toward a target (suite/report/target_report.h).
#include "suite/report/target_report.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "suite/common/format.h"
#include "suite/report/gnuplot.h"
#include "suite/report/order_caveat.h"
#include "suite/report/plot_frame.h"
#include "suite/report/report_text.h"
#include "suite/study/study_config.h"  // short_number

namespace nwgf::suite {

namespace {

using json = nlohmann::json;

const char* const kColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

// What a section's tables and plots show a line for: a built-in scheme, or an external solver
// the section names (its cells "external/NAME/FAMILY/...", its groups labelled NAME).
struct Entry {
  std::string name;       // the scheme or the solver's name (labels, data file names)
  std::string id_prefix;  // of its cell ids: "backward", "external/NAME"
  bool external = false;
};

// The section as the results file states it (suite/study/target_section.h,
// target_sections_to_json): the study's schemes, seeds, particles, eval_samples and iters where it
// gives none.
TargetSection stated_section(const StudyConfig& config, const TargetSection& s) {
  TargetSection out = s;
  if (!s.schemes_given) out.schemes = config.schemes, out.schemes_given = true;
  if (s.seeds.empty()) out.seeds = config.seeds;
  if (s.particles <= 0) out.particles = config.base.particles;
  if (s.eval_samples < 0) out.eval_samples = config.base.eval_samples;
  if (s.iters <= 0) out.iters = config.base.settings.iters;
  return out;
}

// The family's sections of the study, stated, in the config's order.
std::vector<TargetSection> family_sections(const TargetFamily& family, const StudyResults& results) {
  std::vector<TargetSection> out;
  for (const TargetSection& s : results.config.sections)
    if (s.family && s.family->name == family.name) out.push_back(stated_section(results.config, s));
  return out;
}

// "d = 3, r = 1.5: " for a family whose sections name d and r; "" otherwise.
std::string dimension_text(const TargetFamily& family, const TargetSection& section) {
  if (!family.sections_name_d_r) return "";
  return fmt::format("d = {}, r = {}: ", section.d, short_number(section.r));
}

// "dirac:0 -> diracs:-1;1" with the dimension text first.
std::string problem_text(const TargetFamily& family, const TargetSection& section) {
  return fmt::format("{}{} -> {}", dimension_text(family, section), section.start, section.target);
}

std::vector<Entry> entries(const TargetSection& section) {
  std::vector<Entry> out;
  for (const neural::Scheme scheme : section.schemes) {
    const std::string name(neural::scheme_name(scheme));
    out.push_back({name, name, false});
  }
  for (const std::string& solver : section.solvers) out.push_back({solver, "external/" + solver, true});
  return out;
}

// The entry's group of the section from that source; nullptr when there is none.
const ConvergenceGroup* find_group(const TargetFamily& family, const StudyResults& results, const Entry& entry,
                                   const TargetSection& section, const std::string& source) {
  for (const ConvergenceGroup* g : results.groups_of(family.name)) {
    const bool same = entry.external ? g->scheme == "external" && g->solver == entry.name : g->scheme == entry.name;
    if (same && g->start == section.start && g->target == section.target && g->T == section.T &&
        g->t0 == section.t0 && g->source == source &&
        (!family.sections_name_d_r || (g->d == section.d && g->r == section.r)))
      return g;
  }
  return nullptr;
}

// The cell "<id_prefix>/<family>/<name>/tau<tau>/seed<seed>".
const CellResult* find_cell(const TargetFamily& family, const StudyResults& results, const Entry& entry,
                            const std::string& name, double tau, std::uint64_t seed) {
  const std::string id = fmt::format("{}/{}/{}/tau{}/seed{}", entry.id_prefix, family.name, name, short_number(tau), seed);
  for (const CellResult& c : results.cells)
    if (c.id == id) return &c;
  return nullptr;
}

// Convergence plot of one metric (the family's W2 or mmd) of a section: per scheme the measured
// error with bars, the exact scheme iterate dashed, for mmd the floor dotted; axes fitted to what
// is drawn, the key below.
void convergence_plot(const TargetFamily& family, const StudyResults& results, const TargetSection& section,
                      const std::string& metric, const PlotSink& plots, std::ostream& md) {
  const std::string& name = section.name;
  std::vector<std::string> terms;
  PlotValues values;
  std::vector<std::string> all, partly;  // entries whose order is at the floor
  int k = 0;
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const std::string colour = kColours[k++ % 6];
    const ConvergenceGroup* g = find_group(family, results, entry, section, "particles");
    if (!g) continue;
    const MetricConvergence* m = g->metric(metric);
    if (!m) continue;
    std::string data = "# tau mean min max floor exact_scheme\n";
    int rows = 0;
    for (std::size_t i = 0; i < g->taus.size(); ++i) {
      const double mean = m->mean[i];
      if (!(mean > 0)) continue;
      const double tau = g->taus[i], lo = m->min[i], hi = m->max[i];
      const double floor = m->floor[i], exact = value_at(m->exact_values, i);
      data += data_row({tau, mean, lo, hi, floor, exact});
      values.add(tau, {mean, lo, hi, metric == "mmd" ? floor : NAN, exact});
      ++rows;
    }
    if (rows == 0) continue;
    const FloorCaveat caveat = metric_caveat(*m);
    if (caveat == FloorCaveat::All) all.push_back(scheme);
    if (caveat == FloorCaveat::Partly) partly.push_back(scheme);
    const std::string file = plots.write_data(fmt::format("{}_conv_{}_{}_{}", family.name, metric, name, scheme), data);
    terms.push_back(fmt::format("{} u 1:2:3:4 w yerrorlines lc rgb '{}' pt 7 lw 2 title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(fmt::format("{}: order {}", gnuplot_literal(scheme), metric_order_text(*m)))));
    const bool any_exact = std::any_of(m->exact_values.begin(), m->exact_values.end(), [](double v) { return v > 0; });
    if (any_exact)
      terms.push_back(fmt::format("{} u 1:($6 > 0 ? $6 : 1/0) w lp dt 2 pt 6 lw 1.5 lc rgb '{}' title {}",
                                  gnuplot_quoted(file), colour,
                                  gnuplot_quoted(fmt::format("{} exact scheme: order {}", gnuplot_literal(scheme),
                                                             fit_words(m->exact_orders.fit)))));
    if (metric == "mmd")
      terms.push_back(fmt::format("{} u 1:5 w l dt 3 lw 1.5 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                  gnuplot_quoted(gnuplot_literal(scheme) + " noise floor (dotted)")));
  }
  if (terms.empty()) return;
  std::vector<double> taus = values.x;
  std::sort(taus.begin(), taus.end());
  taus.erase(std::unique(taus.begin(), taus.end()), taus.end());
  const std::string plot = fmt::format("{}_conv_{}_{}", family.name, metric, name);
  const std::string label = (metric == "mmd" ? std::string("MMD") : family.report.w2_label) + " to the " +
                            family.report.flow_name + " at T";
  plots.add_plot(plot,
                 fmt::format("set xlabel 'step size {{/Symbol t}}'\nset ylabel {}\nset title {}\n{}{}plot {}",
                             gnuplot_quoted(label),
                             gnuplot_quoted(fmt::format("{}, T = {}", problem_text(family, section), short_number(section.T))),
                             axis_commands('x', log_axis_range(values.x), true, taus),
                             axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                 key_rows(terms));
  std::string floors;
  if (!all.empty()) floors += fmt::format(" At the floor here, no order can be read: {}.", fmt::join(all, ", "));
  if (!partly.empty()) floors += fmt::format(" Partly at the floor, order uncertain: {}.", fmt::join(partly, ", "));
  md << fmt::format("![{} vs tau, {}]({}.svg)\n\n", metric, name, plot)
     << fmt::format("*Figure:* {} against τ, section `{}`. Each measured curve should run parallel to the dashed "
                    "curve of its scheme's exact iterate (the same slope is the same order){}.{}\n\n",
                    label, name,
                    metric == "mmd" ? "; points at or below the dotted noise floor are noise, and no order can be read from them"
                                    : "",
                    floors);
}

// The cell's snapshot payload summary.quantiles (read from its JSON: a family's own payload, with
// no typed field); nullptr when it has none.
const json* quantile_snapshots(const CellResult& cell) {
  if (!cell.document || !cell.document->contains("summary")) return nullptr;
  const json& summary = (*cell.document)["summary"];
  return summary.is_object() && summary.contains("quantiles") ? &summary["quantiles"] : nullptr;
}

// Quantile functions of one scheme (smallest tau, first seed) at the snapshot times.
void quantile_plot(const TargetFamily& family, const StudyResults& results, const TargetSection& section,
                   const Entry& entry, double tau, std::uint64_t seed, const PlotSink& plots, std::ostream& md) {
  const std::string& name = section.name;
  const std::string& scheme = entry.name;
  const CellResult* cell = find_cell(family, results, entry, name, tau, seed);
  const json* snaps = cell ? quantile_snapshots(*cell) : nullptr;
  if (!snaps) return;
  std::vector<std::string> terms;
  int k = 0;
  for (const auto& snap : *snaps) {
    const std::string colour = kColours[k++ % 6];
    std::string data = "# level particle exact_flow exact_scheme\n";
    for (std::size_t i = 0; i < snap["levels"].size(); ++i)
      data += data_row({json_number(snap["levels"][i]), json_number(snap["particles"][i]), json_number(snap["flow"][i]), json_number(snap["scheme"][i])});
    const std::string file =
        plots.write_data(fmt::format("{}_quantiles_{}_{}_n{}", family.name, name, scheme, snap["n"].get<int>()), data);
    const std::string t = format_g(snap["t"].get<double>(), 4);
    const bool first = k == 1;  // the iterate's and the particles' legend entries once
    terms.push_back(fmt::format("{} u 1:3 w l lw 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(family.report.flow_name + ", t = " + t)));
    terms.push_back(fmt::format("{} u 1:4 w l dt 2 lw 1.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                                first ? "title " + gnuplot_quoted("dashed: exact scheme iterate") : "notitle"));
    terms.push_back(fmt::format("{} u 1:2 w p pt 7 ps 0.5 lc rgb '{}' {}", gnuplot_quoted(file), colour,
                                first ? "title " + gnuplot_quoted("points: " + gnuplot_literal(scheme) + " particles") : "notitle"));
  }
  if (terms.empty()) return;
  const std::string plot = fmt::format("{}_quantiles_{}_{}", family.name, name, scheme);
  plots.add_plot(plot, fmt::format("set xlabel 'level s'\nset ylabel '{}'\nset title {}\n"
                                   "set key top left font ',9'\nset xrange [0:1]\nplot {}",
                                   family.sections_name_d_r ? "radial quantile Q(t, s)" : "quantile Q(t, s)",
                                   gnuplot_quoted(fmt::format("{}, {}, tau = {}", gnuplot_literal(scheme),
                                                              problem_text(family, section), short_number(tau))),
                                   fmt::join(terms, ", \\\n     ")),
                 0);
  md << fmt::format("![quantiles {} {}]({}.svg)\n\n", scheme, name, plot)
     << fmt::format("*Figure:* quantile functions of {} at the snapshot times, section `{}`, τ = {}. The points (the "
                    "sorted particles) should lie on the dashed exact scheme iterate of their colour, and near the "
                    "solid {} of the same time.\n\n",
                    scheme, name, short_number(tau), family.report.flow_name);
}

// W2 to the flow against t for the smallest tau, per scheme, with the exact iterate's own.
void time_plot(const TargetFamily& family, const StudyResults& results, const TargetSection& section, double tau,
               std::uint64_t seed, const PlotSink& plots, std::ostream& md) {
  const std::string& name = section.name;
  std::vector<std::string> terms;
  PlotValues values;
  int k = 0;
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const std::string colour = kColours[k++ % 6];
    const CellResult* cell = find_cell(family, results, entry, name, tau, seed);
    if (!cell) continue;
    const std::string& w2 = family.metrics.front().metric;
    const std::string& w2_exact = family.metrics.front().exact_key;
    std::string data = "# t w2_particles exact_scheme_w2 mmd_to_target\n";
    int rows = 0;
    for (const StepResult& st : cell->steps) {
      if (!st.particles) continue;
      const double t = st.t, w = (*st.particles)[w2], e = st.value(w2_exact);
      const double to_target = (*st.particles)["mmd_to_target"];
      data += data_row({t, w, e, to_target});
      values.add(t, {w, e > 1e-12 ? e : NAN, to_target});
      ++rows;
    }
    if (rows == 0) continue;
    const std::string file = plots.write_data(fmt::format("{}_time_{}_{}", family.name, name, scheme), data);
    terms.push_back(fmt::format("{} u 1:2 w lp pt 7 ps 0.6 lw 2 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(gnuplot_literal(scheme) + ": " + family.report.w2_label + " to the " +
                                               family.report.flow_name)));
    terms.push_back(fmt::format("{} u 1:($3 > 1e-12 ? $3 : 1/0) w l dt 2 lw 1.5 lc rgb '{}' title {}",
                                gnuplot_quoted(file), colour, gnuplot_quoted(gnuplot_literal(scheme) + " exact scheme iterate")));
    terms.push_back(fmt::format("{} u 1:4 w l dt 4 lw 1 lc rgb '{}' title {}", gnuplot_quoted(file), colour,
                                gnuplot_quoted(gnuplot_literal(scheme) + ": MMD to the target")));
  }
  if (terms.empty()) return;
  const std::string plot = fmt::format("{}_time_{}", family.name, name);
  plots.add_plot(plot,
                 fmt::format("set xlabel 't'\nset ylabel 'error'\nset title {}\n{}{}plot {}",
                             gnuplot_quoted(fmt::format("{}, tau = {}", problem_text(family, section), short_number(tau))),
                             axis_commands('x', linear_axis_range(values.x), false),
                             axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                 key_rows(terms));
  md << fmt::format("![W2 over time, {}]({}.svg)\n\n", name, plot)
     << fmt::format("*Figure:* {} to the {} after every step, section `{}`, τ = {}. Each solid curve should stay close "
                    "to the dashed curve of its scheme's exact iterate (the time-discretisation error alone); the thin "
                    "dash-dot curves, the MMD to the target, should fall as the flow arrives.\n\n",
                    family.report.w2_label, family.report.flow_name, name, short_number(tau));
}

// The mean wall time of the entry's cells of the section at tau ("–" without one).
std::string mean_cell_wall(const TargetFamily& family, const StudyResults& results, const TargetSection& section,
                           const Entry& entry, double tau) {
  double wall = 0;
  int cells = 0;
  for (const std::uint64_t seed : section.seeds)
    if (const CellResult* c = find_cell(family, results, entry, section.name, tau, seed))
      if (std::isfinite(c->summary.wall_s)) wall += c->summary.wall_s, ++cells;
  return cells ? format_g(wall / cells, 3) : std::string("–");
}

// The section's table: per scheme (or solver) a row per tau, then its orders.
void section_table(const TargetFamily& family, const StudyResults& results, const TargetSection& section,
                   std::ostream& md) {
  const std::string& w2 = family.metrics.front().metric;
  const std::string& W2 = family.report.w2_label;
  md << fmt::format("| scheme | τ | {0} particles | {0} chain | exact scheme {0} | MMD particles | MMD floor | MMD chain | "
                    "MMD to target | cell wall s |\n|---|---|---|---|---|---|---|---|---|---|\n", W2);
  for (const Entry& entry : entries(section)) {
    const std::string& scheme = entry.name;
    const ConvergenceGroup* gp = find_group(family, results, entry, section, "particles");
    const ConvergenceGroup* gc = find_group(family, results, entry, section, "chain");
    if (!gp) continue;
    const MetricConvergence* w2p = gp->metric(w2);
    const MetricConvergence* mmdp = gp->metric("mmd");
    const MetricConvergence* tgt = gp->metric("mmd_to_target");
    const MetricConvergence* w2c = gc ? gc->metric(w2) : nullptr;
    const MetricConvergence* mmdc = gc ? gc->metric("mmd") : nullptr;
    for (std::size_t i = 0; i < gp->taus.size(); ++i) {
      const auto at = [&](const MetricConvergence* m, std::vector<double> MetricConvergence::*series) {
        return m ? fmt_g(value_at(m->*series, i)) : std::string("–");
      };
      const double tau = gp->taus[i];
      md << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", scheme, short_number(tau),
                        at(w2p, &MetricConvergence::mean), at(w2c, &MetricConvergence::mean),
                        at(w2p, &MetricConvergence::exact_values), at(mmdp, &MetricConvergence::mean),
                        at(mmdp, &MetricConvergence::floor), at(mmdc, &MetricConvergence::mean),
                        at(tgt, &MetricConvergence::mean), mean_cell_wall(family, results, section, entry, tau));
    }
    md << fmt::format("| {} | order | {} | {} | {} | {} | | {} | | |\n", scheme, w2p ? metric_order_text(*w2p) : "–",
                      w2c ? metric_order_text(*w2c) : "–", w2p ? fit_words(w2p->exact_orders.fit) : "–",
                      mmdp ? metric_order_text(*mmdp) : "–", mmdc ? metric_order_text(*mmdc) : "–");
  }
  md << "\n";
}

// "### `NAME`: d = 3, r = 1: start → target, T = 2" and the section's settings line.
void section_heading(const TargetFamily& family, const TargetSection& section, std::ostream& md) {
  md << fmt::format("### `{}`: {}{} → {}, T = {}\n\n", section.name, dimension_text(family, section), section.start,
                    section.target, short_number(section.T));
  const bool trained = std::any_of(section.schemes.begin(), section.schemes.end(),
                                   [](neural::Scheme s) { return s != neural::Scheme::Particle; });
  const std::string seeds = json(section.seeds).dump();
  if (trained)
    md << fmt::format("{} particles, {} chain samples, {} Adam iterations per step; seeds {}.", section.particles,
                      section.eval_samples, section.iters, seeds);
  else
    md << fmt::format("{} particles; seeds {}.", section.particles, seeds);
  if (!section.solvers.empty()) {
    std::vector<std::string> solvers;
    for (const std::string& v : section.solvers) solvers.push_back("`" + v + "`");
    md << fmt::format(" External solvers (run by the study, scored the same way against the exact iterate of "
                      "the scheme each declares): {}.", fmt::join(solvers, ", "));
  }
  md << "\n\n";
}

// The verdict of one entry of a section from its particles' group.
VerdictRow entry_verdict(const TargetFamily& family, const TargetSection& section, const Entry& entry,
                         const ConvergenceGroup& g) {
  VerdictRow row;
  row.family = family.name;
  row.where = dimension_text(family, section) + "`" + section.name + "`";
  row.label = entry.name;
  const MetricConvergence* mw = g.metric(family.metrics.front().metric);
  const MetricConvergence* mm = g.metric("mmd");
  const std::size_t last = g.taus.size() - 1;
  VerdictInput v;
  v.error_name = "MMD";
  if (mw) {
    if (mw->orders.fit) v.order = mw->orders.fit->order, v.order_stderr = mw->orders.fit->order_stderr;
    if (mw->exact_orders.fit) v.expected = mw->exact_orders.fit->order;
    // Its exact iterate is the flow itself (every value 0: exact in time), or there is none.
    const bool zero = !mw->exact_values.empty() &&
                      std::all_of(mw->exact_values.begin(), mw->exact_values.end(), [](double x) { return x == 0; });
    v.no_expected = zero ? "exact in time" : "no exact iterate";
    v.caveat = metric_caveat(*mw);  // a W2 without a floor: Unknown
    row.order = family.report.w2_label + ": " + metric_order_text(*mw);
    row.expected = std::isfinite(v.expected) ? fit_words(mw->exact_orders.fit) : "– (" + v.no_expected + ")";
  } else {
    row.order = row.expected = "–";
  }
  if (mm) {
    v.error = mm->mean[last];
    v.floor = mm->floor[last];
  }
  row.at_smallest_tau = fmt::format("{} {}; MMD {}, floor {} (τ = {})", family.report.w2_label,
                                    mw ? fmt_g(mw->mean[last]) : std::string("–"), fmt_g(v.error), fmt_g(v.floor),
                                    short_number(g.taus[last]));
  row.verdict = verdict_text(v);
  row.caveat = v.caveat;
  return row;
}

}  // namespace

void write_target_section(const TargetFamily& family, const StudyResults& results, const PlotSink& plots,
                          std::ostream& md) {
  const std::vector<TargetSection> sections = family_sections(family, results);
  if (sections.empty()) return;
  md << family.report.heading << "\n\n" << family.report.intro << "\n\n";
  for (const TargetSection& section : sections) {
    if (section.taus.empty() || section.seeds.empty()) continue;
    const double tau_min = *std::min_element(section.taus.begin(), section.taus.end());
    const std::uint64_t seed = section.seeds.front();
    section_heading(family, section, md);
    section_table(family, results, section, md);
    convergence_plot(family, results, section, family.metrics.front().metric, plots, md);
    convergence_plot(family, results, section, "mmd", plots, md);
    time_plot(family, results, section, tau_min, seed, plots, md);
    for (const Entry& entry : entries(section)) quantile_plot(family, results, section, entry, tau_min, seed, plots, md);
  }
}

std::vector<VerdictRow> target_verdict_rows(const TargetFamily& family, const StudyResults& results) {
  std::vector<VerdictRow> rows;
  for (const TargetSection& section : family_sections(family, results))
    for (const Entry& entry : entries(section)) {
      const ConvergenceGroup* g = find_group(family, results, entry, section, "particles");
      if (g && !g->taus.empty()) rows.push_back(entry_verdict(family, section, entry, *g));
    }
  return rows;
}

}  // namespace nwgf::suite
