"""Maximum likelihood over log-parameters from several starting points (SciPy's L-BFGS-B)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

# Positive parameters are searched as their logarithms: the optimiser then needs no positivity
# constraint, and a step of the same size means the same relative change for every parameter
# (the CDNOW alpha is ~4 while r is ~0.2). The box keeps exp() finite; a fit that ends on it
# means the data do not pin that parameter down.
LOG_BOUND = np.log(1e6)
PENALTY = 1e100  # what a non-finite objective becomes during the search

Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


@dataclass(frozen=True)
class Optimum:
    """The best point found: log-parameters, the objective there, and how the search ended."""

    log_params: np.ndarray
    value: float
    iterations: int
    converged: bool
    message: str
    at_bound: tuple[int, ...]


def minimise(objective: Objective, starts: Sequence[Sequence[float]]) -> Optimum:
    """Minimise `objective` (value and gradient) from each start until one converges, keep the
    best, then restart once from it: L-BFGS-B's curvature memory is built on the way in, so a
    fresh start at the optimum polishes the last digits cheaply."""
    best: Optimum | None = None
    for start in starts:
        found = _run(objective, np.asarray(start, dtype=float))
        if best is None or _better(found, best):
            best = found
        if best.converged and not best.at_bound:
            break
    assert best is not None, "at least one starting point is needed"
    if not np.isfinite(best.value):
        return best
    polished = _run(objective, best.log_params)
    total = best.iterations + polished.iterations
    chosen = polished if polished.value <= best.value + 1e-12 else best
    converged = chosen.converged or (best.converged and abs(polished.value - best.value) < 1e-9)
    return Optimum(
        chosen.log_params, chosen.value, total, converged, chosen.message, chosen.at_bound
    )


def _better(found: Optimum, best: Optimum) -> bool:
    """A converged, finite result beats a failed one; otherwise the lower objective wins."""
    if not np.isfinite(best.value):
        return np.isfinite(found.value)
    if found.converged != best.converged:
        return found.converged and np.isfinite(found.value)
    return bool(found.value < best.value)


def _run(objective: Objective, start: np.ndarray) -> Optimum:
    bounds = [(-LOG_BOUND, LOG_BOUND)] * len(start)
    with np.errstate(all="ignore"):
        result = minimize(
            _guarded(objective),
            np.clip(start, -LOG_BOUND, LOG_BOUND),
            jac=True,
            method="L-BFGS-B",
            bounds=bounds,
            options={"maxiter": 1000, "ftol": 1e-13, "gtol": 1e-8},
        )
    x = np.asarray(result.x, dtype=float)
    # Within 0.1 % of the edge counts as on it: L-BFGS-B stops a hair short of a bound it is
    # sliding towards once the objective no longer changes there.
    at_bound = tuple(int(i) for i in np.flatnonzero(np.abs(x) >= LOG_BOUND - 1e-3))
    value = float(result.fun)
    if not np.isfinite(value) or value >= PENALTY:
        # Nowhere near a finite likelihood (a start in an overflowing region, say).
        return Optimum(x, np.inf, int(result.nit), False, "no finite likelihood found", ())
    # L-BFGS-B sometimes stops with "ABNORMAL" when the line search cannot improve the last
    # digits of an already flat optimum; a tiny projected gradient is still a converged fit.
    grad = np.asarray(result.jac, dtype=float)
    free = np.array([i not in at_bound for i in range(len(x))])
    flat = bool(np.all(np.abs(grad[free]) < 1e-5)) if free.any() else True
    converged = bool(np.isfinite(value) and (result.success or flat))
    return Optimum(x, value, int(result.nit), converged, str(result.message), at_bound)


def _guarded(objective: Objective) -> Objective:
    """Turn NaN or infinite values into a large finite penalty so the line search backs off
    instead of the optimiser aborting on an overflow far from the optimum."""

    def wrapped(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = objective(log_params)
        if not np.isfinite(value) or not np.all(np.isfinite(grad)):
            return PENALTY, np.zeros_like(log_params)
        return value, grad

    return wrapped
