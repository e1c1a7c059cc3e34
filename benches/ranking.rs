//! Ranking 300 agencies, as a province ranks its departments and communes: every final index
//! scored with its survey points, then ranks, band counts and last year's changes; and the whole
//! path from 300 signed files (verify, register, score, rank) as `parscore rank` runs it on one
//! core.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

// criterion is a native dev-dependency: on wasm32 this bench is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/util/signing.rs"]
#[allow(dead_code)]
mod signing;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::signing;
    use criterion::{criterion_group, Criterion};
    use ed25519_dalek::SigningKey;
    use parscore::answers::{Agency, Draft};
    use parscore::authority::{self, Basis, Entrant, IntakeOptions, ReceivedFile, Register, ResultsFile, Roster};
    use parscore::authority::{roster::RosterAgency, SurveyResults};
    use parscore::criteria::{CriteriaSet, Level};
    use parscore::scorefile::{self, App, DidKey, Keyring, PublicKeyFile, Timestamp};
    use parscore::Decimal;

    const AGENCIES: usize = 300;

    fn code(i: usize) -> String {
        format!("DV{i:03}")
    }

    /// The demo draft with answers that differ from agency to agency (and some ties).
    fn draft(i: usize) -> Draft {
        let mut draft = signing::demo_draft();
        draft.agency = Agency { name: format!("Đơn vị {i}"), code: code(i), level: Level::Department };
        let answers = &mut draft.answers;
        if let Some(a) = answers.get_mut("2.1") {
            a.numerator = Some((i % 101) as i64);
        }
        if let Some(a) = answers.get_mut("3.2") {
            a.points = Some(Decimal::from_int((i % 11) as i64));
        }
        draft
    }

    fn survey(set: &CriteriaSet) -> SurveyResults {
        let mut csv = String::from("Mã đơn vị;Mã tiêu chí;Giá trị\n");
        for i in 0..AGENCIES {
            csv += &format!("{};4.1;{}\n{};4.2;{}%\n", code(i), i % 11, code(i), (i * 7) % 101);
        }
        SurveyResults::from_csv(csv.as_bytes(), |_| Some(set)).expect("survey")
    }

    fn group(i: usize) -> String {
        ["Sở", "Xã", "Phường"][i % 3].to_string()
    }

    fn bench_ranking(c: &mut Criterion) {
        let set = signing::teaching_set();
        let sets = std::slice::from_ref(&set);
        let survey = survey(&set);
        let entrants: Vec<Entrant> = (0..AGENCIES)
            .map(|i| Entrant {
                code: code(i),
                name: format!("Đơn vị {i}"),
                group: group(i),
                criteria: &set,
                draft: draft(i),
            })
            .collect();
        let rank = |previous: Option<&ResultsFile>| {
            let results = entrants.iter().map(|e| authority::final_result(e, Some(&survey))).collect();
            authority::rank(results, sets, Basis::SelfAssessed, 2025, previous)
        };
        let last_year = ResultsFile::of(&rank(None));

        let keys: Vec<SigningKey> = (0..AGENCIES).map(|i| SigningKey::from_bytes(&[(i % 251) as u8 + 1; 32])).collect();
        let ring = Keyring::from_keys(
            keys.iter().enumerate().map(|(i, k)| PublicKeyFile::new(&DidKey::of(k), "", &code(i))).collect(),
        );
        let created = Timestamp::parse(signing::VECTOR_CREATED).expect("time");
        let files: Vec<Vec<u8>> = (0..AGENCIES)
            .map(|i| {
                let file = scorefile::sign(&set, &draft(i), &keys[i], created, App::this()).expect("signs");
                file.to_json_pretty().into_bytes()
            })
            .collect();
        let roster = Roster {
            agencies: (0..AGENCIES)
                .map(|i| RosterAgency { code: code(i), name: format!("Đơn vị {i}"), group: group(i) })
                .collect(),
        };

        let mut g = c.benchmark_group("ranking");
        g.sample_size(10);
        // Ids without spaces: criterion names its result folders after them (scripts/bench reads them).
        g.bench_function("rank_300", |b| b.iter(|| rank(Some(&last_year))));
        g.bench_function("files_300_to_ranking", |b| {
            b.iter(|| {
                let received: Vec<ReceivedFile> =
                    files.iter().map(|bytes| ReceivedFile::read("f", bytes, sets, Some(&ring))).collect();
                let register = Register::build(&roster, &received, &IntakeOptions::default());
                let results = register
                    .accepted()
                    .into_iter()
                    .filter_map(|i| received[i].document.as_ref())
                    .map(|document| {
                        let entrant = Entrant {
                            code: document.agency.code.clone(),
                            name: document.agency.name.clone(),
                            group: String::new(),
                            criteria: &set,
                            draft: document.draft(),
                        };
                        authority::final_result(&entrant, Some(&survey))
                    })
                    .collect();
                authority::rank(results, sets, Basis::SelfAssessed, 2025, Some(&last_year))
            })
        });
        g.finish();
    }

    criterion_group!(benches, bench_ranking);
}
