//! Generated criteria sets and answers of any size, from a seed: for property tests (many small
//! random sets) and benchmarks (one 100-leaf and one 10,000-leaf set). Every generated set is
//! valid; answers mix blanks, valid inputs and deliberately invalid ones.
#![allow(dead_code)]

use serde_json::{json, Value};

/// A small deterministic generator (xorshift64*), so a seed always gives the same set.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Hundredths as decimal text: 125 → "1.25".
fn hundredths(n: u64) -> String {
    format!("{}.{:02}", n / 100, n % 100)
}

const MAXIMA: [u64; 6] = [25, 50, 100, 150, 200, 300];

/// Bands over [0, 100] cut at random points with random brackets; one band is worth `max`.
fn random_bands(rng: &mut Rng, max: u64) -> Value {
    let mut cuts: Vec<u64> = (0..rng.below(4)).map(|_| 1 + rng.below(9_998)).collect();
    cuts.sort();
    cuts.dedup();
    let mut edges = vec![0];
    edges.extend(cuts);
    edges.push(10_000);
    let best = rng.below(edges.len() as u64 - 1) as usize;
    let mut bands = Vec::new();
    let mut lo_inclusive = true;
    for i in 0..edges.len() - 1 {
        let last = i == edges.len() - 2;
        let hi_inclusive = last || rng.chance(50);
        let points = if i == best { max } else { rng.below(max + 1) };
        bands.push(json!({
            "range": format!("{}{}, {}{}", if lo_inclusive { "[" } else { "(" }, hundredths(edges[i]), hundredths(edges[i + 1]), if hi_inclusive { "]" } else { ")" }),
            "points": hundredths(points),
        }));
        lo_inclusive = !hi_inclusive;
    }
    json!(bands)
}

fn ratio() -> Value {
    json!({ "ratio": { "numerator": { "vi": "Đạt" }, "denominator": { "vi": "Tổng" } } })
}

fn random_rule(rng: &mut Rng, max: u64, allow_survey: bool) -> Value {
    let kinds: &[&str] = if allow_survey {
        &["levels", "pass_fail", "bands", "proportional", "deduction", "per_count", "manual", "survey"]
    } else {
        &["levels", "pass_fail", "bands", "proportional", "deduction", "per_count", "manual"]
    };
    match *rng.pick(kinds) {
        "levels" => json!({ "kind": "levels", "levels": [
            { "id": "full", "label": { "vi": "Đủ" }, "points": hundredths(max) },
            { "id": "part", "label": { "vi": "Một phần" }, "points": hundredths(rng.below(max + 1)) },
            { "id": "none", "label": { "vi": "Không" }, "points": "0" }
        ]}),
        "pass_fail" => json!({ "kind": "pass_fail" }),
        "bands" => {
            let measure =
                if rng.chance(50) { ratio() } else { json!({ "percent": { "label": { "vi": "Tỷ lệ" } } }) };
            let mut rule = json!({ "kind": "bands", "measure": measure, "bands": random_bands(rng, max) });
            if rng.chance(30) {
                rule["if_none"] = json!(hundredths(rng.below(max + 1)));
            }
            rule
        }
        "proportional" => {
            json!({ "kind": "proportional", "measure": ratio(), "places": 2 + rng.below(3), "rounding": *rng.pick(&["half_up", "down", "up"]) })
        }
        "deduction" => json!({ "kind": "deduction", "per_fault": hundredths(1 + rng.below(max)) }),
        "per_count" => json!({ "kind": "per_count", "per_item": hundredths(1 + rng.below(max)) }),
        "manual" => json!({ "kind": "manual", "step": *rng.pick(&["0.01", "0.25"]) }),
        _ => json!({ "kind": "survey" }),
    }
}

/// A subtree with about `leaves` leaves; returns the node and its max in hundredths.
fn random_node(rng: &mut Rng, code: String, leaves: usize, depth: usize) -> (Value, u64) {
    if leaves <= 1 || depth >= 4 || (depth >= 2 && rng.chance(20)) {
        let max = *rng.pick(&MAXIMA);
        let rule = random_rule(rng, max, true);
        return (
            json!({ "code": code, "title": { "vi": format!("Tiêu chí {code}") }, "max": hundredths(max), "rule": rule }),
            max,
        );
    }
    let fan = (2 + rng.below(6) as usize).min(leaves);
    let mut children = Vec::new();
    let mut total = 0;
    for i in 0..fan {
        let share = leaves / fan + usize::from(i < leaves % fan);
        let (child, max) = random_node(rng, format!("{code}.{}", i + 1), share, depth + 1);
        children.push(child);
        total += max;
    }
    (
        json!({ "code": code, "title": { "vi": format!("Nhóm {code}") }, "max": hundredths(total), "children": children }),
        total,
    )
}

/// A valid criteria set with about `leaves` leaves in the main tree.
pub fn criteria_set(seed: u64, leaves: usize) -> Value {
    let mut rng = Rng::new(seed);
    let areas = (leaves / 12).clamp(1, 8).min(leaves.max(1));
    let mut nodes = Vec::new();
    let mut scale = 0;
    for a in 0..areas {
        let share = leaves / areas + usize::from(a < leaves % areas);
        let (node, max) = random_node(&mut rng, format!("{}", a + 1), share, 0);
        nodes.push(node);
        scale += max;
    }
    let mut set = json!({
        "format": "parscore-criteria/1",
        "id": format!("generated-{seed}"),
        "version": "1",
        "title": { "vi": "Bộ tiêu chí sinh tự động" },
        "decision": { "number": "0/TEST", "date": "2025-01-01", "issuer": "Test" },
        "year": 2025,
        "level": "department",
        "scale": hundredths(scale),
        "provenance": { "status": "demonstration" },
        "nodes": nodes,
        "bands": [
            { "id": "a", "title": { "vi": "A" }, "range": "[90, 100]" },
            { "id": "b", "title": { "vi": "B" }, "range": "[80, 90)" },
            { "id": "c", "title": { "vi": "C" }, "range": "[0, 80)" }
        ],
        "gates": [{ "id": "area-1", "title": { "vi": "Lĩnh vực 1 dưới 50%" }, "when": { "index": "1", "in": "[0, 50)" }, "cap": "b" }]
    });
    for (block, prefix) in [("bonus", "T"), ("penalty", "P")] {
        if rng.chance(60) {
            let items: Vec<Value> = (0..1 + rng.below(3))
                .map(|i| {
                    let max = *rng.pick(&MAXIMA);
                    json!({ "code": format!("{prefix}{}", i + 1), "title": { "vi": "Điều chỉnh" }, "max": hundredths(max), "rule": random_rule(&mut rng, max, false) })
                })
                .collect();
            set[block] = json!({ "cap": hundredths(1 + rng.below(500)), "items": items });
        }
    }
    set
}

/// Answers for every leaf of `set`: blank, valid or invalid, at random.
pub fn answers(seed: u64, set: &parscore::criteria::CriteriaSet) -> Value {
    use parscore::criteria::{Measure, Rule};
    let mut rng = Rng::new(seed ^ 0xA5A5);
    let mut answers = serde_json::Map::new();
    for id in set.leaves() {
        let node = &set.nodes[id];
        let Some(leaf) = node.leaf() else { continue };
        if rng.chance(15) {
            continue; // blank
        }
        let wild = rng.chance(15); // out of range or wrong kind of input
        let count = |rng: &mut Rng| if wild { rng.below(40) as i64 - 20 } else { rng.below(20) as i64 };
        let answer = match &leaf.rule {
            _ if wild && rng.chance(20) => json!({ "percent": "50", "level": "full" }),
            Rule::Levels(levels) => {
                json!({ "level": if wild { "nowhere".to_string() } else { rng.pick(levels).id.clone() } })
            }
            Rule::PassFail { .. } => json!({ "pass": rng.chance(50) }),
            Rule::Bands { measure: Measure::Percent { .. }, .. } => {
                json!({ "percent": hundredths(rng.below(if wild { 20_000 } else { 10_001 })) })
            }
            Rule::Bands { .. } | Rule::Proportional { .. } => {
                let denominator = count(&mut rng);
                let numerator = if wild { count(&mut rng) } else { rng.below(denominator.max(0) as u64 + 1) as i64 };
                json!({ "numerator": numerator, "denominator": denominator })
            }
            Rule::Deduction { .. } | Rule::PerCount { .. } => json!({ "count": count(&mut rng) }),
            Rule::Manual { .. } | Rule::Survey { .. } => {
                let max = node.max.units() as u64 / 100;
                let points = rng.below(if wild { 2 * max + 2 } else { max + 1 });
                json!({ "points": hundredths(points), "justification": if rng.chance(90) { "Có minh chứng" } else { "" } })
            }
        };
        let mut answer = answer;
        if matches!(leaf.rule, Rule::Survey { .. }) {
            answer.as_object_mut().map(|a| a.remove("justification"));
        }
        answers.insert(node.code.clone(), answer);
    }
    if rng.chance(10) {
        answers.insert("99.99".into(), json!({ "pass": true }));
    }
    Value::Object(answers)
}
