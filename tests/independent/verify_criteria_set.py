#!/usr/bin/env python3
"""Verifies a signed parscore criteria set without any parscore code: an independent reading of
docs/signed-criteria.md (the publisher's eddsa-jcs-2022 proof over the file without its proof,
made by the key the publisher member names), and the set's SHA-256 (the canonical JSON of the
file without publisher and proof).

Uses only Python's standard library, `rfc8785` (JCS) and `cryptography` (Ed25519).

    verify_criteria_set.py FILE

Prints "<sha256> <publisher did>" and exits 0 when the signature holds; exits 1 with the reason
otherwise.
"""

import hashlib
import json
import sys

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from verify_score_file import Invalid, multibase_decode, no_repeats, public_key_of, refuse_constant, refuse_fraction


def verify(text):
    document = json.loads(text, object_pairs_hook=no_repeats, parse_float=refuse_fraction, parse_constant=refuse_constant)
    content = {k: v for k, v in document.items() if k not in ("publisher", "proof")}
    sha256 = hashlib.sha256(rfc8785.dumps(content)).hexdigest()
    proof = document.pop("proof", None)
    publisher = document.get("publisher")
    if not isinstance(proof, dict) or not isinstance(publisher, dict):
        raise Invalid("not signed: a publisher and a proof are both needed")
    expected = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022", "proofPurpose": "assertionMethod"}
    for member, value in expected.items():
        if proof.get(member) != value:
            raise Invalid(f"proof.{member} is not {value}")
    signature = multibase_decode(proof.pop("proofValue", ""))
    method = proof["verificationMethod"]
    if method.partition("#")[0] != publisher.get("did"):
        raise Invalid("the proof's key is not the publisher's")
    config_hash = hashlib.sha256(rfc8785.dumps(proof)).digest()
    document_hash = hashlib.sha256(rfc8785.dumps(document)).digest()
    try:
        Ed25519PublicKey.from_public_bytes(public_key_of(method)).verify(signature, config_hash + document_hash)
    except InvalidSignature:
        raise Invalid("bad signature")
    return sha256, publisher["did"]


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[0], encoding="utf-8") as f:
            sha256, did = verify(f.read())
    except (Invalid, OSError, ValueError) as e:
        print(f"{argv[0]}: {e}", file=sys.stderr)
        return 1
    print(f"{sha256} {did}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
