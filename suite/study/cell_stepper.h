#pragma once
// One cell in progress, as run_cell and run_cells_pooled (suite/study/run_cell.h) drive it: set
// up by its maker, advanced one step at a time (by itself, or with a neural step taken elsewhere
// by neural::step_together), scored after every step, and turned into its result JSON. The
// Dirac-family cells (suite/study/run_cell.cc) and the line-family cells
// (suite/study/line_cell.cc) implement it.
#include <nlohmann/json.hpp>

#include "neural/neural_scheme.h"

namespace nwgf::suite {

class CellStepper {
 public:
  virtual ~CellStepper() = default;
  // Every step taken, or the cell failed.
  virtual bool finished() const = 0;
  // The neural scheme (nullptr for the particle flow), for steps taken by step_together.
  virtual neural::NeuralScheme* neural_scheme() = 0;
  // Takes the next step itself and scores it.
  virtual void advance() = 0;
  // Scores the next step of the neural scheme, taken elsewhere (step_together); its wall time
  // is the scheme's own training and moving time.
  virtual void advance_with(const neural::StepOutcome& outcome) = 0;
  // The cell's result JSON (the run so far when it failed).
  virtual nlohmann::json result() = 0;
};

}  // namespace nwgf::suite
