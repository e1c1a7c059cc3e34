use parscore::scorefile::{find_duplicates, Duplicates, Keyring, Report};

use super::*;

fn find(reports: &[Report]) -> Vec<Duplicates> {
    find_duplicates(&reports.iter().map(Some).collect::<Vec<_>>())
}

#[test]
fn the_earlier_file_of_the_same_key_is_superseded_by_the_later() {
    let reports = [
        check(&signed(1, "SMH", "2026-01-20T08:00:00Z", false), None),
        check(&signed(1, "SMH", "2026-01-15T08:00:00Z", false), None),
        check(&signed(1, "SK", "2026-01-10T08:00:00Z", false), None),
    ];
    let found = find(&reports);
    assert_eq!(found[1], Duplicates { superseded_by: Some(0), conflicts_with: vec![] });
    assert_eq!(found[0], Duplicates::default(), "the latest file stands");
    assert_eq!(found[2], Duplicates::default(), "another agency is no duplicate");
}

#[test]
fn keys_both_registered_to_the_agency_supersede_without_conflict() {
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH"), public(3, "Sở Minh Hoạ", "SMH")]);
    let reports = [
        check(&signed(1, "SMH", "2026-01-15T08:00:00Z", false), Some(&ring)),
        check(&signed(3, "SMH", "2026-02-15T08:00:00Z", false), Some(&ring)),
    ];
    let found = find(&reports);
    assert_eq!(found[0], Duplicates { superseded_by: Some(1), conflicts_with: vec![] });
    assert!(!found[1].is_conflicting());
}

#[test]
fn files_from_a_key_not_registered_to_the_agency_conflict_both_ways() {
    // Without a keyring (the case) and with one that has only the real key.
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH")]);
    for ring in [None, Some(&ring)] {
        let reports = [
            check(&signed(1, "SMH", "2026-01-15T08:00:00Z", false), ring),
            check(&signed(2, "SMH", "2026-01-16T08:00:00Z", true), ring),
        ];
        let found = find(&reports);
        assert_eq!(found[0].conflicts_with, [1]);
        assert_eq!(found[1].conflicts_with, [0]);
        assert_eq!(found[0].superseded_by, None, "another signer's file supersedes nothing");
    }
}

#[test]
fn invalid_and_unread_files_take_no_part() {
    let good = check(&signed(1, "SMH", "2026-01-15T08:00:00Z", false), None);
    let text = String::from_utf8(signed(2, "SMH", "2026-01-16T08:00:00Z", false)).unwrap();
    let tampered = check(text.replace("\"index\": \"81\"", "\"index\": \"91\"").as_bytes(), None);
    let found = find_duplicates(&[Some(&good), None, Some(&tampered)]);
    assert!(found.iter().all(|d| *d == Duplicates::default()), "{found:?}");
}

#[test]
fn equal_times_fall_back_to_the_order_given() {
    let same = signed(1, "SMH", "2026-01-15T08:00:00Z", false);
    let reports = [check(&same, None), check(&same, None), check(&same, None)];
    let found = find(&reports);
    assert_eq!(found[0].superseded_by, Some(2));
    assert_eq!(found[1].superseded_by, Some(2));
    assert_eq!(found[2].superseded_by, None);
}

/// The rule pair by pair, as the module states it: the reference the grouped search must give.
fn pairwise(reports: &[Report]) -> Vec<Duplicates> {
    let same_signer = |a: &Report, b: &Report| match (&a.signer, &b.signer) {
        (Some(x), Some(y)) => x.did == y.did || (x.registered.is_some() && y.registered.is_some()),
        _ => false,
    };
    let twins = |a: &Report, b: &Report| {
        a.verdict() != parscore::scorefile::Verdict::Invalid
            && b.verdict() != parscore::scorefile::Verdict::Invalid
            && a.signer.is_some()
            && b.signer.is_some()
            && a.agency.as_ref().map(|x| &x.code) == b.agency.as_ref().map(|x| &x.code)
            && a.agency.is_some()
            && a.year == b.year
    };
    let later = |i: usize, j: usize| (reports[j].created, j) > (reports[i].created, i);
    (0..reports.len())
        .map(|i| {
            let others = (0..reports.len()).filter(|&j| j != i && twins(&reports[i], &reports[j]));
            let mut found = Duplicates::default();
            for j in others {
                if !same_signer(&reports[i], &reports[j]) {
                    found.conflicts_with.push(j);
                } else if later(i, j) && found.superseded_by.is_none_or(|k| later(k, j)) {
                    found.superseded_by = Some(j);
                }
            }
            found
        })
        .collect()
}

#[test]
fn grouping_by_signer_finds_what_comparing_every_pair_finds() {
    // Two registered keys and two unregistered ones for one agency, another agency, equal times,
    // a tampered file: every pairing the rule distinguishes.
    let ring = Keyring::from_keys(vec![public(1, "Sở Minh Hoạ", "SMH"), public(2, "Sở Minh Hoạ", "SMH")]);
    let mut files = Vec::new();
    for (key, code, at) in [
        (1, "SMH", "2026-01-15T08:00:00Z"),
        (2, "SMH", "2026-01-16T08:00:00Z"),
        (3, "SMH", "2026-01-15T08:00:00Z"),
        (4, "SMH", "2026-01-17T08:00:00Z"),
        (3, "SMH", "2026-01-18T08:00:00Z"),
        (1, "SMH", "2026-01-14T08:00:00Z"),
        (1, "SK", "2026-01-14T08:00:00Z"),
        (4, "SMH", "2026-01-17T08:00:00Z"),
    ] {
        files.push(signed(key, code, at, false));
    }
    let text = String::from_utf8(files[0].clone()).unwrap();
    files.push(text.replacen("\"numerator\": 78", "\"numerator\": 98", 1).into_bytes());
    for ring in [None, Some(&ring)] {
        let reports: Vec<Report> = files.iter().map(|f| check(f, ring)).collect();
        let expected = pairwise(&reports);
        assert!(expected.iter().any(|d| d.superseded_by.is_some()) && expected.iter().any(Duplicates::is_conflicting));
        assert_eq!(find(&reports), expected);
    }
}
