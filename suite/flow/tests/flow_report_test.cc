// Tests of suite/flow/flow_report.h: the committed flow records (nwgf-flow/1 in reports/flows,
// nwgf-flow/2 with self-convergence in reports/flow-two-diracs-selfconv) parse and give a report
// with the verdict first, only images the folder holds (the others named), a caption after every
// figure, and a page (report.html) that embeds every image; corrupt records are refused naming
// the field.
#include "suite/flow/flow_report.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "suite/common/errors.h"
#include "suite/common/io_util.h"
#include "suite/report/html_page.h"
#include "testing/cli_runs.h"

namespace fs = std::filesystem;
using nlohmann::json;
using nwgf::suite::FlowRecord;
using nwgf::suite::flow_record_from_json;
using nwgf::suite::flow_report_markdown;

namespace {

fs::path source_dir() {
  const char* dir = std::getenv("NWGF_SOURCE_DIR");
  REQUIRE_MESSAGE(dir != nullptr, "NWGF_SOURCE_DIR must point at the source tree (set by CTest)");
  return dir;
}

json committed(const std::string& folder) {
  return json::parse(nwgf::testing::read_text(source_dir() / "reports" / folder / "flow.json"));
}

// The paragraph after every image paragraph ("![..](..)" on a line of its own) is its caption.
void check_captions(const std::string& md) {
  std::istringstream in(md);
  std::string line, previous_image;
  bool expect_caption = false;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (expect_caption) {
      INFO("image: " << previous_image);
      CHECK(line.rfind("*Figure:* ", 0) == 0);
      expect_caption = false;
    }
    if (line.rfind("![", 0) == 0) {
      previous_image = line;
      expect_caption = true;
    }
  }
  CHECK_FALSE(expect_caption);
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("nwgf-flow/1 (reports/flows/two-diracs): the verdict first, the images the folder holds, the others named") {
  const FlowRecord r = flow_record_from_json(committed("flows/two-diracs"));
  CHECK(r.version == 1);
  CHECK(r.preset == "two-diracs");
  REQUIRE(r.runs.size() == 3);
  CHECK(r.main_runs().size() == 3);
  CHECK(r.runs[0].tau == 0.1);  // version 1: the config's tau
  CHECK(r.runs[0].steps_done() == 40);
  CHECK(r.runs[0].rises() == 0);
  CHECK(r.runs[1].rises() == 6);  // reports/flows/README.md: forward, 6 steps where D^2 rose
  CHECK_FALSE(r.has_self_convergence);

  const std::string dir = (source_dir() / "reports" / "flows" / "two-diracs").string();
  const std::string md = flow_report_markdown(r, dir);
  INFO(md);
  CHECK(md.rfind("# Flow `two-diracs`: `dirac` → `diracs:-0.5,0;0.5,0`\n\n## Verdict\n\n", 0) == 0);
  CHECK(contains(md, "**backward** took D² from 0.25 at t = 0 to 0.00297 at T = 4, 84.1× lower, rising in 0 of 40 "
                     "steps (3.75 s)."));
  CHECK(contains(md, "**forward** took D² from 0.25 at t = 0 to 0.00897 at T = 4, 27.9× lower, rising in 6 of 40 steps"));
  CHECK(md.find("## Verdict") < md.find("## Settings"));
  CHECK(contains(md, "| record | `flow.json`, schema nwgf-flow/1 |"));
  CHECK(contains(md, "![squared MMD to the target over time](mmd.png)"));
  CHECK(contains(md, "![the target](target.png)"));
  CHECK(contains(md, "![backward, t = 2](backward_t2.000.png)"));
  CHECK(contains(md, "![backward flow](backward_flow.gif)"));
  // Listed in flow.json, left out of the committed folder: named, never linked.
  CHECK_FALSE(contains(md, "](backward_t1.000.png)"));
  CHECK_FALSE(contains(md, "](forward_flow.gif)"));
  CHECK(contains(md, "_Not in this folder, though `flow.json` lists them: `backward_t1.000.png`, "));
  CHECK(contains(md, "`forward_flow.gif`"));
  CHECK_FALSE(contains(md, "> **Warning:**"));
  check_captions(md);
}

TEST_CASE("nwgf-flow/2 with --taus: the main runs at the finest tau, the self-convergence plot and table") {
  const FlowRecord r = flow_record_from_json(committed("flow-two-diracs-selfconv"));
  CHECK(r.version == 2);
  CHECK(r.runs.size() == 12);
  REQUIRE(r.main_runs().size() == 3);
  CHECK(r.main_runs()[0]->tau == 0.1);
  CHECK(r.has_self_convergence);
  REQUIRE(r.self_convergence.size() == 3);
  CHECK(r.self_convergence[0].status == "no order");
  REQUIRE(r.self_convergence[0].w2.has_value());
  CHECK(r.self_convergence[0].w2->method == "assignment");
  const std::string md = flow_report_markdown(r, (source_dir() / "reports" / "flow-two-diracs-selfconv").string());
  INFO(md);
  CHECK(contains(md, "Self-convergence over τ = 0.4, 0.2, 0.1"));
  CHECK(contains(md, "backward no order"));
  CHECK(contains(md, "![self-convergence: W2 between successive solutions at T](selfconv.png)"));
  CHECK(contains(md, "| backward | no order | 0.0286, 0.0305 | 0.023 |"));
  CHECK(contains(md, "| seed |"));
  CHECK_FALSE(contains(md, "_Not in this folder"));  // every listed image is there
  check_captions(md);
}

TEST_CASE("the page of a flow report embeds every image it shows") {
  const fs::path scratch = nwgf::testing::scratch_dir("nwgf_flow_report_test");
  const fs::path dir = scratch / "smiley";
  fs::remove_all(dir);
  fs::copy(source_dir() / "reports" / "flows" / "smiley", dir);
  const FlowRecord r = nwgf::suite::read_flow_record(dir.string());
  const std::string path = nwgf::suite::write_flow_report(r, dir.string());
  const std::string md = nwgf::testing::read_text(path);
  const nwgf::suite::HtmlPageSummary s = nwgf::suite::write_html_page(dir.string());
  std::size_t images = 0;
  for (std::size_t at = md.find("]("); at != std::string::npos; at = md.find("](", at + 1)) ++images;
  CHECK(images == 10);  // mmd, target, 7 snapshots (t = 0 of backward only), 1 GIF
  CHECK(s.images_embedded == static_cast<int>(images));
  CHECK(s.figures == 3);  // the MMD plot, the target, the GIF (the snapshots stand in a table)
  const std::string html = nwgf::testing::read_text(dir / "report.html");
  CHECK_FALSE(contains(html, "src=\"backward"));
  CHECK(contains(html, "data:image/gif;base64,"));
  fs::remove_all(scratch);
}

TEST_CASE("a failed run and a D^2 that did not fall get warnings") {
  json j = committed("flows/two-diracs");
  json& forward = j["runs"][1];
  forward["status"] = "failed";
  forward["failure"] = "a particle became non-finite at step 3";
  forward["steps"] = json(std::vector<json>(forward["steps"].begin(), forward["steps"].begin() + 3));
  forward["snapshots"] = json::array({forward["snapshots"][0]});
  json& particle = j["runs"][2];
  particle["steps"].back()["mmd2"] = 1.0;
  const std::string md = flow_report_markdown(flow_record_from_json(j), (source_dir() / "reports" / "flows" / "two-diracs").string());
  INFO(md);
  CHECK(contains(md, "> **Warning:** a run failed: forward: a particle became non-finite at step 3."));
  CHECK(contains(md, "> **Warning:** D² did not fall from t = 0 to T for particle"));
  CHECK(contains(md, "where it failed after 2 steps"));
}

TEST_CASE("text from the record cannot open a link, an image, a code span or emphasis, nor end a line") {
  json j = committed("flows/two-diracs");
  j["runs"][2]["scheme"] = "p*[x](y)`z\\\n| ![i](j.png)";
  j["config"]["start"] = "a`b";
  const std::string md = flow_report_markdown(flow_record_from_json(j), (source_dir() / "reports" / "flows" / "two-diracs").string());
  INFO(md);
  CHECK(contains(md, "**p\\*\\[x\\](y)\\`z\\\\ | !\\[i\\](j.png)** took D²"));
  CHECK(contains(md, "| p\\*\\[x\\](y)\\`z\\\\ \\| !\\[i\\](j.png) | 0.25 |"));
  CHECK(contains(md, ": `` a`b `` → `diracs"));
}

TEST_CASE("corrupt flow records are refused naming the field") {
  const json good = committed("flows/two-diracs");
  const auto refused = [&](const std::function<void(json&)>& spoil, const std::string& message) {
    json j = good;
    spoil(j);
    CHECK_THROWS_WITH_AS(flow_record_from_json(j, "x/flow.json"), doctest::Contains(message.c_str()), nwgf::suite::UsageError);
  };
  refused([](json& j) { j["schema"] = "nwgf-flow/9"; }, "x/flow.json: corrupt flow record: schema is neither");
  refused([](json& j) { j["config"].erase("tau"); }, "config.tau is missing");
  refused([](json& j) { j["config"]["tau"] = -1; }, "config.tau is not a finite number > 0");
  refused([](json& j) { j["config"]["T"] = 1e300; }, "config.T is more than 10^9 steps");
  refused([](json& j) { j["runs"][0]["steps"][5]["n"] = 7; }, "runs[0].steps[5].n is 7");
  refused([](json& j) { j["runs"][1]["steps"][2]["mmd2"] = "0.1"; }, "runs[1].steps[2].mmd2 is not a number");
  refused([](json& j) { j["runs"][0]["snapshots"][1]["file"] = "../x.png"; }, "runs[0].snapshots[1].file is not the name");
  refused([](json& j) { j["runs"][0]["snapshots"][1]["file"] = "a.svg.html"; }, "runs[0].snapshots[1].file");
  refused([](json& j) { j["runs"][0]["snapshots"][1]["n"] = 41; }, "beyond the run's steps");
  refused([](json& j) { j["runs"][2]["status"] = "fine"; }, "runs[2].status is neither");
  refused([](json& j) { j["mmd_plot"] = "/etc/passwd"; }, "mmd_plot is not the name");
  refused([](json& j) { j["target"]["image_shape"] = json::array({28}); }, "target.image_shape");
  refused([](json& j) { j["runs"] = json::object(); }, "runs is not a list");
  refused([](json& j) { j = json::array(); }, "is not an object");
  json v2 = committed("flow-two-diracs-selfconv");
  v2["runs"][3]["role"] = "spare";
  CHECK_THROWS_WITH_AS(flow_record_from_json(v2), doctest::Contains("runs[3].role is neither"), nwgf::suite::UsageError);
  v2 = committed("flow-two-diracs-selfconv");
  v2["self_convergence"][1]["distances"]["w2"]["analysis"]["differences"] = "many";
  CHECK_THROWS_WITH_AS(flow_record_from_json(v2),
                       doctest::Contains("self_convergence[1].distances.w2.analysis.differences is not a list"),
                       nwgf::suite::UsageError);
}
