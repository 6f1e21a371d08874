//! Two-fold cross-validation of the engine's thresholds over a group of gold folders.
//!
//! The pairs are split in two halves by the FNV-1a 64 hash of the folder name (even / odd, as the
//! benchmark split does for record ids), so a pair stays in its half whatever else is added. For each
//! half H the thresholds of [`crate::tuning::PARAMS`] are tuned on H's pairs only, by coordinate descent
//! from the base tuning, and the *other* half is scored with the result. The cross-validated figures are
//! the two out-of-fold halves together: no pair is ever scored with thresholds tuned on it.
//!
//! The objective maximised on a half, over the half's pairs pooled (see docs/ACCURACY.md):
//!
//! ```text
//! objective = mean(required-link recall, all-link recall, conflict recall, only-in-one, furniture)
//!             − 0.005 × spurious links − 0.01 × false conflicts
//! ```
//!
//! A recall with nothing to count on the half (no gold conflict, say) is left out of the mean.

use super::gold::GoldScore;
use super::metrics::fnv1a64;
use crate::tuning::{Tuning, PARAMS};
use std::collections::HashMap;

/// Cost of one spurious link in the objective.
pub const SPURIOUS_PENALTY: f64 = 0.005;
/// Cost of one false conflict in the objective: twice a spurious link, since a made-up contradiction is
/// the worst thing the report can tell a reader.
pub const FALSE_CONFLICT_PENALTY: f64 = 0.01;
/// Coordinate-descent passes over PARAMS at most (it stops earlier when a pass changes nothing).
pub const MAX_PASSES: usize = 3;
/// Two objectives closer than this are a tie.
const TIE: f64 = 1e-9;

/// The half a gold folder belongs to: 0 when the FNV-1a 64 hash of its folder name is even, 1 when odd.
pub fn half_of(folder: &str) -> usize {
    (fnv1a64(folder.as_bytes()) % 2) as usize
}

/// `even` or `odd`.
pub fn half_name(h: usize) -> &'static str {
    if h == 0 {
        "even"
    } else {
        "odd"
    }
}

/// The tuning objective of a pooled score (see the module docs).
pub fn objective(s: &GoldScore) -> f64 {
    let parts: Vec<f64> = [s.required_links, s.all_links, s.conflict, s.only, s.noise]
        .iter()
        .filter_map(|r| r.value())
        .collect();
    let mean = if parts.is_empty() {
        0.0
    } else {
        parts.iter().sum::<f64>() / parts.len() as f64
    };
    mean - SPURIOUS_PENALTY * s.spurious_links as f64
        - FALSE_CONFLICT_PENALTY * s.false_conflicts as f64
}

/// The values of every param in `t`, by name, in PARAMS order.
pub fn values(t: &Tuning) -> Vec<(&'static str, f32)> {
    PARAMS.iter().map(|p| (p.name, p.get(t))).collect()
}

fn key(t: &Tuning) -> Vec<u32> {
    PARAMS.iter().map(|p| p.get(t).to_bits()).collect()
}

/// What tuning on one half found.
#[derive(Clone, Debug)]
pub struct Tuned {
    pub tuning: Tuning,
    /// Objective on the tuning half with the base tuning, and with the tuned one.
    pub objective_base: f64,
    pub objective_tuned: f64,
    /// Distinct tunings scored (each on every pair of the half).
    pub evaluations: usize,
    /// Coordinate-descent passes run.
    pub passes: usize,
}

/// Tunes PARAMS on `pairs` only, by coordinate descent from `base`: each param in turn is set to the
/// value of its `grid()` (or its base or current value) that maximises [`objective`] over `pairs`, the
/// others held; up to [`MAX_PASSES`] passes, stopping when one changes nothing. Ties go to the base
/// value, then to the current one, then to the value nearest the base, then to the smaller.
///
/// `run(i, t)` scores pair `i` with tuning `t`; it is only ever called with `i` in `pairs`.
pub fn tune<F>(pairs: &[usize], base: &Tuning, run: &mut F) -> Tuned
where
    F: FnMut(usize, &Tuning) -> GoldScore,
{
    let mut memo: HashMap<Vec<u32>, f64> = HashMap::new();
    let mut eval = |t: &Tuning, memo: &mut HashMap<Vec<u32>, f64>| -> f64 {
        *memo.entry(key(t)).or_insert_with(|| {
            let mut total = GoldScore::default();
            for &i in pairs {
                total.add(&run(i, t));
            }
            objective(&total)
        })
    };
    let objective_base = eval(base, &mut memo);
    let mut cur = base.clone();
    let mut cur_obj = objective_base;
    let mut passes = 0;
    for _ in 0..MAX_PASSES {
        passes += 1;
        let mut changed = false;
        for p in PARAMS {
            let (b, c) = (p.get(base), p.get(&cur));
            let mut cands = p.grid();
            cands.extend([b, c]);
            cands.sort_by(|x, y| x.total_cmp(y));
            cands.dedup_by(|x, y| (*x - *y).abs() < 1e-6);
            let mut scored: Vec<(f32, f64)> = Vec::with_capacity(cands.len());
            for v in cands {
                let mut t = cur.clone();
                p.set(&mut t, v);
                scored.push((v, eval(&t, &mut memo)));
            }
            let best = scored.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
            let ties: Vec<f32> = scored
                .iter()
                .filter(|s| s.1 >= best - TIE)
                .map(|s| s.0)
                .collect();
            let near = |x: f32, y: f32| (x - y).abs() < 1e-6;
            let pick = if ties.iter().any(|&v| near(v, b)) {
                b
            } else if ties.iter().any(|&v| near(v, c)) {
                c
            } else {
                *ties
                    .iter()
                    .min_by(|x, y| {
                        (*x - b)
                            .abs()
                            .total_cmp(&(*y - b).abs())
                            .then(x.total_cmp(y))
                    })
                    .expect("the current value is always a candidate")
            };
            if !near(pick, c) {
                p.set(&mut cur, pick);
                changed = true;
            }
            cur_obj = eval(&cur, &mut memo);
        }
        if !changed {
            break;
        }
    }
    Tuned {
        tuning: cur,
        objective_base,
        objective_tuned: cur_obj,
        evaluations: memo.len(),
        passes,
    }
}

/// One fold: tuned on one half, reported on the other.
#[derive(Clone, Debug)]
pub struct Fold {
    /// The half tuned on (0 even, 1 odd); the fold reports on the other.
    pub tuned_on: usize,
    pub tuned: Tuned,
    /// Objective on the reported half with the base tuning (in-sample) and the tuned one (out of fold).
    pub report_objective_base: f64,
    pub report_objective_tuned: f64,
}

/// A whole two-fold cross-validation.
#[derive(Clone, Debug)]
pub struct CrossValidation {
    /// The half of each pair, by index.
    pub half: Vec<usize>,
    /// Fold 0 is tuned on the even half and reports the odd one; fold 1 the other way round.
    pub folds: Vec<Fold>,
    /// Each pair scored with the thresholds tuned on the other half.
    pub out_of_fold: Vec<GoldScore>,
}

/// Cross-validates over pairs whose folder names are `folders`; `run(i, t)` scores pair `i` with tuning
/// `t`, and `in_sample[i]` is pair `i` scored with `base`. `None` when a half is empty (nothing to tune
/// on, or nothing to report).
pub fn cross_validate<F>(
    folders: &[String],
    in_sample: &[GoldScore],
    base: &Tuning,
    mut run: F,
) -> Option<CrossValidation>
where
    F: FnMut(usize, &Tuning) -> GoldScore,
{
    let half: Vec<usize> = folders.iter().map(|f| half_of(f)).collect();
    let members = |h: usize| -> Vec<usize> { (0..half.len()).filter(|&i| half[i] == h).collect() };
    if members(0).is_empty() || members(1).is_empty() {
        return None;
    }
    let mut out_of_fold: Vec<Option<GoldScore>> = vec![None; half.len()];
    let mut folds = Vec::new();
    for h in 0..2 {
        let tuned = tune(&members(h), base, &mut run);
        let mut base_total = GoldScore::default();
        let mut tuned_total = GoldScore::default();
        for i in members(1 - h) {
            let s = run(i, &tuned.tuning);
            base_total.add(&in_sample[i]);
            tuned_total.add(&s);
            out_of_fold[i] = Some(s);
        }
        folds.push(Fold {
            tuned_on: h,
            report_objective_base: objective(&base_total),
            report_objective_tuned: objective(&tuned_total),
            tuned,
        });
    }
    Some(CrossValidation {
        half,
        folds,
        out_of_fold: out_of_fold
            .into_iter()
            .map(|s| s.expect("every pair is in one reported half"))
            .collect(),
    })
}
