// The report's self-convergence section (suite/report/self_convergence_report.h).
#include "suite/report/self_convergence_report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "suite/report/gnuplot.h"
#include "suite/report/plot_colours.h"
#include "suite/report/plot_frame.h"
#include "suite/report/report_text.h"
#include "suite/study/study_self_convergence.h"

namespace nwgf::suite {

namespace {

using json = nlohmann::json;


// Table text ('|' escaped, control characters blanked).
std::string cell_text(const std::string& text) {
  std::string t;
  for (char c : text) {
    if (c == '|') t += "\\|";
    else t += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return t;
}

// "1.03 ± 0.05" from an analysis: the regression's standard error, else the seeds' (marked s).
std::string self_order_text(const analytic::SelfConvergence* a) {
  if (!a || !std::isfinite(observed_order(*a))) return "–";
  const double p = observed_order(*a);
  if (std::isfinite(observed_order_stderr(*a))) return fmt::format("{:.2f} ± {:.2f}", p, observed_order_stderr(*a));
  if (a->spread && a->spread->seeds >= 2 && std::isfinite(a->spread->stderr))
    return fmt::format("{:.2f} ± {:.2f} (seeds)", p, a->spread->stderr);
  return fmt::format("{:.2f}", p);
}

std::string yes_no(const std::optional<bool>& b) { return b ? (*b ? "yes" : "no") : "–"; }

double value_or_nan(const std::optional<double>& v) { return v.value_or(NAN); }

// The exact error's order, "0.98 ± 0.03", "0.98" without a standard error, "–" without an order.
std::string exact_order_text(const SelfConvergenceExact* x) {
  if (!x || !std::isfinite(x->order)) return "–";
  return std::isfinite(x->order_stderr) ? fmt::format("{:.2f} ± {:.2f}", x->order, x->order_stderr)
                                        : fmt::format("{:.2f}", x->order);
}

// The file name tag of a group: its id with '/' and '.' as '_'.
std::string group_tag(std::string group) {
  for (char& c : group)
    if (c == '/' || c == '.') c = '_';
  return group;
}

// The data of one group's curve: per difference, the coarser tau, the W2 difference and the
// exact error at that tau (NaN where not positive: gnuplot skips it).
std::string group_plot_data(const SelfConvergenceEntry& e, PlotValues& values, std::vector<double>& taus, bool& any) {
  const analytic::SelfConvergence& a = e.distances->w2.analysis;
  std::string data = "# tau_coarse w2_difference exact_error_at_tau\n";
  any = false;
  for (std::size_t i = 0; i < a.differences.size(); ++i) {
    const double tau = e.taus[i], diff = a.differences[i];
    const double exact = e.exact ? e.exact->errors[i] : NAN;
    data += data_row({tau, diff > 0 ? diff : NAN, exact > 0 ? exact : NAN});
    values.add(tau, {diff, exact});
    taus.push_back(tau);
    any |= diff > 0;
  }
  return data;
}

// The W2 distance between successive solutions (mean over seeds) against the coarser tau, and
// the exact error dashed, for every group of one family with distances; axes fitted to the data,
// one colour per group (suite/report/plot_colours.h), the key below, and a caption.
void family_plot(const std::string& family, const std::vector<const SelfConvergenceEntry*>& entries,
                 const PlotSink& plots, std::ostream& md) {
  std::vector<const SelfConvergenceEntry*> drawn;
  std::vector<std::string> files;
  PlotValues values;
  std::vector<double> taus;
  for (const SelfConvergenceEntry* e : entries) {
    bool any = false;
    const std::string data = group_plot_data(*e, values, taus, any);
    if (!any) continue;
    files.push_back(plots.write_data("selfconv_" + group_tag(e->group), data));
    drawn.push_back(e);
  }
  if (drawn.empty()) return;
  const std::vector<std::string> colours = assign_colours(std::vector<std::string>(drawn.size()));
  std::vector<std::string> terms;
  for (std::size_t k = 0; k < drawn.size(); ++k) {
    terms.push_back(fmt::format("{} u 1:2 w lp pt 7 lw 2 lc rgb '{}' title {}", gnuplot_quoted(files[k]), colours[k],
                                gnuplot_quoted(gnuplot_literal(drawn[k]->group))));
    terms.push_back(fmt::format("{} u 1:($3 > 0 ? $3 : 1/0) w lp dt 2 pt 6 lc rgb '{}' notitle",  // caption
                                gnuplot_quoted(files[k]), colours[k]));
  }
  std::sort(taus.begin(), taus.end());
  taus.erase(std::unique(taus.begin(), taus.end()), taus.end());
  const std::string plot = "selfconv_" + family;
  plots.add_plot(plot,
                 fmt::format("set xlabel 'coarser step size {{/Symbol t}}'\n"
                             "set ylabel 'W2 between solutions at {{/Symbol t}} and {{/Symbol t}}/2'\n"
                             "set title {}\n{}{}plot {}",
                             gnuplot_quoted(family + " family: successive solutions (solid), exact error (dashed)"),
                             axis_commands('x', log_axis_range(values.x), true, taus),
                             axis_commands('y', log_axis_range(values.y), true), fmt::join(terms, ", \\\n     ")),
                 key_rows(terms));
  md << fmt::format("![self-convergence, {} family]({}.svg)\n\n", family, plot)
     << fmt::format("*Figure:* the W2 distance between the solutions at τ and τ/2 (solid, mean over seeds) "
                    "against the coarser τ, {} family, beside the exact error at τ (dashed, same colour). Where the "
                    "solid curve runs parallel to the dashed one, the self-convergence order is the true order "
                    "and Richardson's estimate is usable; a flat solid curve is at the noise floor (see the "
                    "table's status).\n\n",
                    family);
}

// One row of the table; a reason, when the entry gives one, is numbered into `reasons`.
std::string table_row(const SelfConvergenceEntry& e, std::vector<std::string>& reasons) {
  const analytic::SelfConvergence* w2 = e.distances ? &e.distances->w2.analysis : nullptr;
  const analytic::SelfConvergence* mmd = e.distances ? &e.distances->mmd.analysis : nullptr;
  const SelfConvergenceExact* x = e.exact ? &*e.exact : nullptr;
  std::string status = analytic::self_convergence_status_name(e.status);
  if (!e.reason.empty()) {
    reasons.push_back(fmt::format("`{}`: {}", e.group, e.reason));
    status += fmt::format(" [{}]", reasons.size());
  }
  const double finest_exact = x && !x->errors.empty() ? x->errors.back() : NAN;
  return fmt::format("| `{}` | {} × {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", cell_text(e.group),
                     e.seeds.size(), e.points, cell_text(status), self_order_text(w2), self_order_text(mmd),
                     exact_order_text(x), x ? yes_no(x->order_agrees) : "–",
                     fmt_g(w2 ? value_or_nan(w2->richardson_error) : NAN), fmt_g(finest_exact),
                     x ? fmt_g(x->richardson_ratio, 2) : "–", fmt_g(w2 ? value_or_nan(w2->gci_fine) : NAN),
                     fmt_g(w2 ? value_or_nan(w2->asymptotic_ratio) : NAN, 3));
}

}  // namespace

SelfConvergenceEntries self_convergence_entries(const StudyResults& results, const json& doc) {
  if (doc.contains("self_convergence") && doc["self_convergence"].is_array())
    return {self_convergence_entries_from_json(doc["self_convergence"], "self_convergence"), true};
  return {study_self_convergence(results.cells), false};
}

void write_self_convergence_section(const SelfConvergenceEntries& section, const PlotSink& plots, std::ostream& md) {
  const std::vector<SelfConvergenceEntry>& entries = section.entries;
  if (entries.empty()) return;
  md << "## Self-convergence: orders without the exact solution\n\n"
     << "For every group of cells that differ only in τ and seed, the distance between the solutions at "
        "successive step sizes (same seed: the same start particles), read from the cells' final particles "
        "alone, as one would where no exact solution exists (docs/math.md 8.15): its observed order (W2, the "
        "verdict's distance, and MMD, whose self terms understate the order of coupled particle sets), the "
        "Richardson estimate of the finest run's error, Roache's GCI and the asymptotic ratio. The noise floor "
        "is the same distance between two seeds at one τ; differences within twice it give no order. Beside "
        "them, the order of the group's W2 error against the exact (or reference) flow and that error at the "
        "finest τ: where the differences are above the floor the two orders should agree within "
        << fmt::format("{:g}", kOrderAgreementSigmas) << " combined standard errors or "
        << fmt::format("{:g}", kOrderAgreementDrift)
        << " (the pre-asymptotic gap between the order of differences and that of errors) and the Richardson estimate "
        << "should be within a factor " << fmt::format("{:g}", kRichardsonAgreementFactor)
        << " of the exact error (suite/study/study_self_convergence.h).";
  md << (section.stored ? "\n\n" : " _This results file has no `self_convergence` key: the entries are computed here from "
                           "its cells._\n\n");
  const bool no_particles =
      std::all_of(entries.begin(), entries.end(), [](const SelfConvergenceEntry& e) { return e.seeds.empty(); });
  if (no_particles) {  // results written before every cell kept its particles: one line, not a table of reasons
    md << fmt::format("_No group can be read: the cells of this results file keep no final particles "
                      "(summary.self_convergence_points; results written before they were kept). Run the study "
                      "again to read these orders ({} groups of three or more step sizes)._\n\n",
                      entries.size());
    return;
  }
  md << "| group | seeds × points | status | W2 order (self) | MMD order (self) | exact-error order | orders agree | "
        "Richardson W2, finest | exact error, finest | ratio | GCI fine | asymptotic ratio |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  std::map<std::string, std::vector<const SelfConvergenceEntry*>> by_family;
  std::vector<std::string> reasons;
  for (const SelfConvergenceEntry& e : entries) {
    md << table_row(e, reasons);
    if (e.distances) by_family[e.family].push_back(&e);
  }
  md << "\n";
  for (std::size_t i = 0; i < reasons.size(); ++i) md << fmt::format("[{}] {}  \n", i + 1, cell_text(reasons[i]));
  if (!reasons.empty()) md << "\n";
  for (const auto& [family, list] : by_family) family_plot(family, list, plots, md);
}

}  // namespace nwgf::suite
