#!/usr/bin/env python3
"""Verifies parscore score files without any parscore code: an independent implementation of
docs/score-file.md (W3C Data Integrity, eddsa-jcs-2022, and parscore's strict profile).

Uses only Python's standard library, `rfc8785` (JCS) and `cryptography` (Ed25519).

    verify_score_file.py FILE... [--vector VECTOR.json]

Prints one line per file and exits 0 only when every file verifies. With --vector, also checks
that the first file reproduces the published test vector's canonical document, both hashes and
proofValue.
"""

import hashlib
import json
import sys
import unicodedata

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MAX_INTEGER = 2**53 - 1
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class Invalid(Exception):
    pass


def base58_decode(text):
    number = 0
    for char in text:
        digit = BASE58.find(char)
        if digit < 0:
            raise Invalid(f"{char!r} is not a base58 digit")
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + body


def multibase_decode(text):
    if not text.startswith("z"):
        raise Invalid("multibase values must be base58btc ('z')")
    return base58_decode(text[1:])


def no_repeats(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise Invalid(f"member {key!r} appears twice")
        obj[key] = value
    return obj


def refuse_fraction(text):
    raise Invalid(f"the number {text} is not a whole number")


def refuse_constant(text):
    raise Invalid(f"{text} is not JSON")


def check_profile(value, path="$"):
    if value is None:
        raise Invalid(f"{path}: null is not allowed")
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) > MAX_INTEGER:
            raise Invalid(f"{path}: {value} is beyond 2^53 - 1")
        return
    if isinstance(value, str):
        for char in value:
            code = ord(char)
            if (code < 0x20 and char not in "\n\t") or 0x7F <= code <= 0x9F:
                raise Invalid(f"{path}: control character U+{code:04X}")
        if not unicodedata.is_normalized("NFC", value):
            raise Invalid(f"{path}: text is not NFC")
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            check_profile(item, f"{path}[{i}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not key or not all(0x21 <= ord(c) <= 0x7E for c in key):
                raise Invalid(f"{path}: member name {key!r} is not printable ASCII")
            check_profile(item, f"{path}.{key}")
        return
    raise Invalid(f"{path}: unexpected value {value!r}")


def public_key_of(verification_method):
    did, _, fragment = verification_method.partition("#")
    if not did.startswith("did:key:z"):
        raise Invalid("verificationMethod is not a did:key")
    multibase = did[len("did:key:"):]
    if fragment != multibase:
        raise Invalid("verificationMethod's fragment is not the key")
    raw = multibase_decode(multibase)
    if raw[:2] != b"\xed\x01" or len(raw) != 34:
        raise Invalid("did:key is not an Ed25519 public key")
    return raw[2:]


def verify(data):
    """Returns (did, proof config hash, document hash, canonical document, proofValue)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Invalid(f"not UTF-8: {e}")
    try:
        document = json.loads(
            text, object_pairs_hook=no_repeats, parse_float=refuse_fraction, parse_constant=refuse_constant
        )
    except json.JSONDecodeError as e:
        raise Invalid(f"not JSON: {e}")
    if not isinstance(document, dict):
        raise Invalid("a score file is a JSON object")
    check_profile(document)
    if document.get("format") != "parscore-score/1":
        raise Invalid("format is not parscore-score/1")
    proof = document.pop("proof", None)
    if not isinstance(proof, dict):
        raise Invalid("no proof")
    expected = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022", "proofPurpose": "assertionMethod"}
    for member, value in expected.items():
        if proof.get(member) != value:
            raise Invalid(f"proof.{member} is not {value}")
    if set(proof) != set(expected) | {"created", "verificationMethod", "proofValue"}:
        raise Invalid(f"proof members: {sorted(proof)}")
    proof_value = proof.pop("proofValue")
    signature = multibase_decode(proof_value)
    if len(signature) != 64:
        raise Invalid("proofValue is not a 64-byte signature")
    key = public_key_of(proof["verificationMethod"])
    canonical_document = rfc8785.dumps(document)
    config_hash = hashlib.sha256(rfc8785.dumps(proof)).digest()
    document_hash = hashlib.sha256(canonical_document).digest()
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, config_hash + document_hash)
    except InvalidSignature:
        raise Invalid("bad signature")
    return proof["verificationMethod"].partition("#")[0], config_hash, document_hash, canonical_document, proof_value


def check_vector(result, vector_path):
    with open(vector_path, encoding="utf-8") as f:
        vector = json.load(f)
    _, config_hash, document_hash, canonical_document, proof_value = result
    problems = []
    if canonical_document.decode("utf-8") != vector["canonical_document"]:
        problems.append("canonical document")
    if config_hash.hex() != vector["canonical_proof_config_sha256"]:
        problems.append("proof config hash")
    if document_hash.hex() != vector["canonical_document_sha256"]:
        problems.append("document hash")
    if proof_value != vector["proof_value"]:
        problems.append("proofValue")
    seed = bytes.fromhex(vector["seed_hex"])
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if public != public_key_of(vector["did"] + "#" + vector["did"][len("did:key:"):]):
        problems.append("did:key of the seed")
    return problems


def main(argv):
    files, vector = [], None
    args = iter(argv)
    for arg in args:
        if arg == "--vector":
            vector = next(args, None)
        else:
            files.append(arg)
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for i, path in enumerate(files):
        try:
            with open(path, "rb") as f:
                result = verify(f.read())
            if vector and i == 0:
                problems = check_vector(result, vector)
                if problems:
                    raise Invalid("differs from the published vector: " + ", ".join(problems))
            print(f"{path}: ok, signed by {result[0]}")
        except (Invalid, OSError) as e:
            failed += 1
            print(f"{path}: {e}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
