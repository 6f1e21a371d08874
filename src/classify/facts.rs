//! Each fact's status: shared, told by one side only, or in conflict.

use super::*;

/// The terms (word ids after learned variants) of the words of unit `unit` inside `start..end`,
/// stop words left out; empty when the unit does not exist.
pub(super) fn span_terms(side: &SideView, unit: usize, start: usize, end: usize) -> Vec<u32> {
    let (Some(toks), Some(terms)) = (side.toks.get(unit), side.terms.get(unit)) else {
        return Vec::new();
    };
    toks.iter()
        .zip(terms)
        .filter(|(t, _)| t.start >= start && t.end <= end && !t.stop)
        .map(|(_, &id)| id)
        .collect()
}

pub(super) fn report_facts(
    sa: &SideView,
    sb: &SideView,
    links: &[Link],
    slot_clashes: &Map<(usize, usize), Vec<(Clash, bool)>>,
    options: &Options,
) -> Vec<Fact> {
    let wanted = |k: FactKind| options.fact_kinds.contains(&k);
    let content_terms = |s: &SideView| -> Set<u32> {
        s.units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind.is_content())
            .flat_map(|(i, _)| s.terms[i].iter().copied())
            .collect()
    };
    let terms_a = content_terms(sa);
    let terms_b = content_terms(sb);
    // Values that take part in a clash become one conflicting fact per pair of values (with every
    // place each is told); possible clashes, one possibly conflicting fact.
    let mut facts: Vec<Fact> = Vec::new();
    let mut in_conflict_a: Set<(usize, usize)> = Set::default();
    let mut in_conflict_b: Set<(usize, usize)> = Set::default();
    let mut by_values: Map<(FactKind, Option<String>, String, String), usize> = Map::default();
    let mut possible: Vec<&Clash> = links.iter().flat_map(|l| &l.possible).collect();
    let mut sure: Vec<&Clash> = links.iter().flat_map(|l| &l.conflicts).collect();
    let mut keys: Vec<&(usize, usize)> = slot_clashes.keys().collect();
    keys.ssort();
    for k in keys {
        for (c, is_sure) in &slot_clashes[k] {
            if *is_sure {
                sure.push(c);
            } else {
                possible.push(c);
            }
        }
    }
    for (status, list) in [
        (FactStatus::Conflict, &sure),
        (FactStatus::PossibleConflict, &possible),
    ] {
        for c in list.iter() {
            let kind = match c.kind.as_str() {
                "number" => FactKind::Number,
                "date" | "weekday" | "time" => FactKind::Date,
                // A journey told both ways is a clash of the places at its ends.
                "name" | "direction" => FactKind::Name,
                _ => continue,
            };
            let (ka, kb) = ((c.a.start, c.a.end), (c.b.start, c.b.end));
            if !wanted(kind)
                || (status == FactStatus::PossibleConflict
                    && (in_conflict_a.contains(&ka) || in_conflict_b.contains(&kb)))
            {
                continue;
            }
            let key = (kind, c.slot.clone(), c.a.value.clone(), c.b.value.clone());
            let i = *by_values.entry(key).or_insert_with(|| {
                facts.push(Fact {
                    kind,
                    slot: c.slot.clone(),
                    status,
                    key: format!("{} ↔ {}", c.a.value, c.b.value),
                    a: Vec::new(),
                    b: Vec::new(),
                });
                facts.len() - 1
            });
            in_conflict_a.insert(ka);
            in_conflict_b.insert(kb);
            let f = &mut facts[i];
            if !f.a.iter().any(|m| (m.start, m.end) == ka) {
                f.a.push(c.a.clone());
            }
            if !f.b.iter().any(|m| (m.start, m.end) == kb) {
                f.b.push(c.b.clone());
            }
        }
    }
    for f in &mut facts {
        f.a.ssort_by_key(|m| m.start);
        f.b.ssort_by_key(|m| m.start);
    }
    // Every other fact, grouped by kind and value, and looked for on the other side.
    // A name is grouped by its words after learned variants, so that इस्राइल on one side and
    // इजरायल on the other are one fact, known by the first spelling met; everything else by value.
    let mut groups: Vec<FactGroup> = Vec::new();
    // Keyed by the name's terms (Ok), or by the value (Err) for the rest.
    let mut index: Map<(FactKind, Result<Vec<u32>, String>), usize> = Map::default();
    let mut add = |f: &Found, side: &SideView, side_a: bool, groups: &mut Vec<FactGroup>| {
        let group = match f.kind {
            FactKind::Name => Some(span_terms(side, f.unit, f.start, f.end))
                .filter(|t| !t.is_empty())
                .ok_or_else(|| f.value.clone()),
            _ => Err(f.value.clone()),
        };
        let i = *index.entry((f.kind, group)).or_insert_with(|| {
            groups.push(((f.kind, f.value.clone()), Vec::new(), Vec::new()));
            groups.len() - 1
        });
        let m = Mention {
            start: f.start,
            end: f.end,
            value: f.value.clone(),
        };
        if side_a {
            groups[i].1.push(m);
        } else {
            groups[i].2.push(m);
        }
    };
    // A quotation of several sentences is compared whole (its speaker stands in its last unit), but
    // a fact of the report lies inside one story unit: it is not listed.
    let within =
        |side: &SideView, f: &Found| side.units.get(f.unit).is_some_and(|u| f.end <= u.end);
    for f in sa
        .facts
        .iter()
        .filter(|f| wanted(f.kind) && within(sa, f) && !in_conflict_a.contains(&(f.start, f.end)))
    {
        add(f, sa, true, &mut groups);
    }
    for f in sb
        .facts
        .iter()
        .filter(|f| wanted(f.kind) && within(sb, f) && !in_conflict_b.contains(&(f.start, f.end)))
    {
        add(f, sb, false, &mut groups);
    }
    // Names and quotes: their words (after learned variants) appear on the other side. Returns the
    // terms of the mention when they do.
    let told_by = |f_side: &SideView,
                   m: &Mention,
                   other_terms: &Set<u32>,
                   kind: FactKind|
     -> Option<Vec<u32>> {
        let unit = f_side.units.partition_point(|u| u.end <= m.start);
        let terms = span_terms(f_side, unit, m.start, m.end);
        let hit = terms.iter().filter(|t| other_terms.contains(t)).count();
        let told = !terms.is_empty()
            && match kind {
                FactKind::Quote => hit * 10 >= terms.len() * 8,
                _ => hit == terms.len(),
            };
        told.then_some(terms)
    };
    let first_a = first_places(sa);
    let first_b = first_places(sb);
    for ((kind, value), mut ma, mut mb) in groups {
        let names = matches!(kind, FactKind::Name | FactKind::Quote);
        let status = match (ma.is_empty(), mb.is_empty()) {
            (false, false) => FactStatus::Shared,
            (false, true) => {
                match told_by(sa, &ma[0], &terms_b, kind).and_then(|t| place(sb, &first_b, &t)) {
                    Some(m) if names => {
                        mb.push(m);
                        FactStatus::Shared
                    }
                    _ => FactStatus::OnlyA,
                }
            }
            _ => match told_by(sb, &mb[0], &terms_a, kind).and_then(|t| place(sa, &first_a, &t)) {
                Some(m) if names => {
                    ma.push(m);
                    FactStatus::Shared
                }
                _ => FactStatus::OnlyB,
            },
        };
        facts.push(Fact {
            kind,
            slot: None,
            status,
            key: value,
            a: ma,
            b: mb,
        });
    }
    facts
}

/// A fact's kind and value, with its mentions on side a and on side b.
pub(super) type FactGroup = ((FactKind, String), Vec<Mention>, Vec<Mention>);

/// Where each term first appears in a side's story content: (unit, token), by term id (ids are
/// dense, so a vector serves where a hash map would cost the wasm its own code).
pub(super) fn first_places(side: &SideView) -> Vec<Option<(usize, usize)>> {
    let mut m: Vec<Option<(usize, usize)>> = Vec::new();
    for (u, unit) in side.units.iter().enumerate() {
        if unit.kind.is_content() {
            for (i, &t) in side.terms[u].iter().enumerate() {
                let t = t as usize;
                if t >= m.len() {
                    m.resize(t + 1, None);
                }
                m[t].get_or_insert((u, i));
            }
        }
    }
    m
}

/// A mention on this side of a name or quote the other side tells: from where its first word
/// first appears, on through the words that belong to it.
pub(super) fn place(
    side: &SideView,
    first: &[Option<(usize, usize)>],
    terms: &[u32],
) -> Option<Mention> {
    let (u, i) = terms
        .iter()
        .find_map(|&t| first.get(t as usize).copied().flatten())?;
    let toks = &side.toks[u];
    let ids = &side.terms[u];
    let mut j = i;
    while j + 1 < toks.len()
        && (terms.contains(&ids[j + 1]) || toks[j + 1].stop)
        && j + 1 - i < terms.len() * 2
    {
        j += 1;
    }
    while j > i && !terms.contains(&ids[j]) {
        j -= 1;
    }
    let (start, end) = (toks[i].start, toks[j].end);
    Some(Mention {
        start,
        end,
        value: crate::normalize::fold(side.text.get(start..end)?),
    })
}
