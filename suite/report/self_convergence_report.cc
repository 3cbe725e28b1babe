// The report's self-convergence section (suite/report/self_convergence_report.h).
#include "suite/report/self_convergence_report.h"

#include <algorithm>
#include <cmath>
#include <map>
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
std::string self_order_text(const json& a) {
  if (!a.is_object() || !a["observed_order"].is_number()) return "–";
  const double p = a["observed_order"].get<double>();
  if (a["order_stderr"].is_number()) return fmt::format("{:.2f} ± {:.2f}", p, a["order_stderr"].get<double>());
  const json& s = a["seed_spread"];
  if (s.is_object() && s["seeds"].get<int>() >= 2 && s["stderr"].is_number())
    return fmt::format("{:.2f} ± {:.2f} (seeds)", p, s["stderr"].get<double>());
  return fmt::format("{:.2f}", p);
}

std::string yes_no(const json& b) { return b.is_boolean() ? (b.get<bool>() ? "yes" : "no") : "–"; }

// The W2 distance between successive solutions (mean over seeds) against the coarser tau, and
// the exact error dashed, for every group of one family with distances; axes fitted to the data,
// one colour per group (suite/report/plot_colours.h), the key below, and a caption.
void family_plot(const std::string& family, const std::vector<const json*>& entries, const PlotSink& plots,
                 std::ostream& md) {
  std::vector<const json*> drawn;
  std::vector<std::string> files;
  PlotValues values;
  std::vector<double> taus;
  for (const json* e : entries) {
    const json& a = (*e)["distances"]["w2"]["analysis"];
    std::string data = "# tau_coarse w2_difference exact_error_at_tau\n";
    bool any = false;
    for (std::size_t i = 0; i < a["differences"].size(); ++i) {
      const double tau = (*e)["taus"][i].get<double>(), diff = json_number(a["differences"][i]);
      const double exact = (*e)["exact"].is_object() ? json_number((*e)["exact"]["errors"][i]) : NAN;
      data += data_row({tau, diff > 0 ? diff : NAN, exact > 0 ? exact : NAN});
      values.add(tau, {diff, exact});
      taus.push_back(tau);
      any |= diff > 0;
    }
    if (!any) continue;
    std::string tag = (*e)["group"].get<std::string>();
    for (char& c : tag)
      if (c == '/' || c == '.') c = '_';
    files.push_back(plots.write_data("selfconv_" + tag, data));
    drawn.push_back(e);
  }
  if (drawn.empty()) return;
  const std::vector<std::string> colours = assign_colours(std::vector<std::string>(drawn.size()));
  std::vector<std::string> terms;
  for (std::size_t k = 0; k < drawn.size(); ++k) {
    const std::string group = (*drawn[k])["group"].get<std::string>();
    terms.push_back(fmt::format("{} u 1:2 w lp pt 7 lw 2 lc rgb '{}' title {}", gnuplot_quoted(files[k]), colours[k],
                                gnuplot_quoted(gnuplot_literal(group))));
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

}  // namespace

void write_self_convergence_section(const json& doc, const PlotSink& plots, std::ostream& md) {
  const bool stored = doc.contains("self_convergence") && doc["self_convergence"].is_array();
  const json entries = stored ? doc["self_convergence"] : study_self_convergence(cell_results_from_json(doc.value("cells", json::array())));
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
  md << (stored ? "\n\n" : " _This results file has no `self_convergence` key: the entries are computed here from "
                           "its cells._\n\n");
  const bool no_particles = std::all_of(entries.begin(), entries.end(), [](const json& e) { return e["seeds"].empty(); });
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
  std::map<std::string, std::vector<const json*>> by_family;
  std::vector<std::string> reasons;
  for (const json& e : entries) {
    const json& dist = e["distances"];
    const json w2 = dist.is_object() ? dist["w2"]["analysis"] : json();
    const json mmd = dist.is_object() ? dist["mmd"]["analysis"] : json();
    const json& x = e["exact"];
    std::string status = e["status"].get<std::string>();
    if (!e["reason"].get<std::string>().empty()) {
      reasons.push_back(fmt::format("`{}`: {}", e["group"].get<std::string>(), e["reason"].get<std::string>()));
      status += fmt::format(" [{}]", reasons.size());
    }
    const std::string exact_order =
        x.is_object() && x["order"].is_number()
            ? (x["order_stderr"].is_number()
                   ? fmt::format("{:.2f} ± {:.2f}", x["order"].get<double>(), x["order_stderr"].get<double>())
                   : fmt::format("{:.2f}", x["order"].get<double>()))
            : "–";
    const json finest_exact = x.is_object() && !x["errors"].empty() ? x["errors"].back() : json();
    md << fmt::format("| `{}` | {} × {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                      cell_text(e["group"].get<std::string>()), e["seeds"].size(), e["points"].get<int>(),
                      cell_text(status), self_order_text(w2), self_order_text(mmd), exact_order,
                      x.is_object() ? yes_no(x["order_agrees"]) : "–", fmt_g(w2.is_object() ? w2["richardson_error"] : json()),
                      fmt_g(finest_exact), x.is_object() ? fmt_g(x["richardson_ratio"], 2) : "–",
                      fmt_g(w2.is_object() ? w2["gci_fine"] : json()),
                      fmt_g(w2.is_object() ? w2["asymptotic_ratio"] : json(), 3));
    if (dist.is_object()) by_family[e["family"].get<std::string>()].push_back(&e);
  }
  md << "\n";
  for (std::size_t i = 0; i < reasons.size(); ++i) md << fmt::format("[{}] {}  \n", i + 1, cell_text(reasons[i]));
  if (!reasons.empty()) md << "\n";
  for (const auto& [family, list] : by_family) family_plot(family, list, plots, md);
}

}  // namespace nwgf::suite
