//! What alignment hands to classification: the links between units, with their scores, the learned
//! spellings, and the term ids every token matched on.

/// A candidate link between unit `a` and unit `b` with its scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Dice coefficient of weighted keys, 0..=1.
    pub score: f32,
    /// Share of a's weight that b tells, and of b's weight that a tells.
    pub cov_a: f32,
    pub cov_b: f32,
}

/// The result of alignment: links, learned variants, and the term ids every token matched on.
#[derive(Clone, Debug, Default)]
pub struct Aligned {
    pub pairs: Vec<Pair>,
    /// Learned spellings (fold on a, fold on b).
    pub variants: Vec<(String, String)>,
    /// Term id of every token, per unit, aligned with the token lists (same ids on both sides).
    pub terms_a: Vec<Vec<u32>>,
    pub terms_b: Vec<Vec<u32>>,
    /// IDF weight of every term id.
    pub idf: Vec<f32>,
    /// The texts look like reports of two different events: nothing but their template links.
    pub different: bool,
    /// How much the two texts' story words overlap: the shared IDF weight over the lighter side's.
    pub doc_cover: f32,
    /// Quantities of the two sides that fill one slot with values that disagree.
    pub slot_clashes: Vec<SlotClash>,
    /// Units of the two sides that each tell their side's only time of day, hours apart: one
    /// event placed at two moments (`align::moments`).
    pub moments: Vec<(usize, usize)>,
}

/// Quantity `a` of side a and quantity `b` of side b (indices into each side's
/// `facts::Facts::quantities`) disagree: for sure, or possibly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotClash {
    pub a: usize,
    pub b: usize,
    pub sure: bool,
}
