"""The encoder on the real model: what a sentence's vector may and may not depend on."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.encoder import SentenceTransformerEncoder

SENTENCE = "At least 29 people have died in the offensive, the ministry said on Tuesday."
SHORTER = ["Talks resumed.", "The border is closed."]
LONGER = ["Azerbaijan launched an offensive in the mountainous territory just one day after "
          "allowing in aid through the sole road link connecting to Armenia, which had been "
          "blocked for months by protesters who called themselves environmentalists.",
          "Thousands of people queued for fuel on the only road out of the region as the "
          "separatist authorities announced that their government would be dissolved."]


@pytest.mark.parametrize("dtype", ["fp32", "bf16"])
def test_a_sentence_gets_one_vector_whatever_it_is_encoded_with(dtype: str) -> None:
    # In bf16 the padding a batch gives a sentence moves its vector's last digits (about
    # 1e-3): the same claim ingested beside longer sentences would score differently, and
    # evaluation figures would depend on the order sentences were first seen in.  Padding is
    # the batch's no more; but on CPUs with AMX the bf16 kernels oneDNN picks also depend on
    # how many sentences of one length are encoded together (2 and 9 move the digits, 1, 8
    # and 16 do not), which no padding controls: there a vector is the same to about 1e-3,
    # a cosine to 1e-4 (docs/quality.md, thirty-sixth session).
    encoder = SentenceTransformerEncoder(dtype=dtype)
    alone = encoder.encode([SENTENCE])[0]
    close, cosine = (1e-5, 1 - 1e-8) if dtype == "fp32" else (3e-3, 1 - 1e-3)
    for batch in ([SENTENCE, *SHORTER], [*LONGER, SENTENCE], [*SHORTER, SENTENCE, *LONGER] * 3):
        vectors = encoder.encode(batch)
        for row in np.flatnonzero([text == SENTENCE for text in batch]):
            assert np.abs(vectors[row] - alone).max() < close
            assert float(vectors[row] @ alone) > cosine
    assert abs(float(np.linalg.norm(alone)) - 1.0) < 1e-5


def test_vectors_come_back_in_the_order_asked() -> None:
    encoder = SentenceTransformerEncoder(dtype="fp32")
    texts = [*LONGER, SENTENCE, *SHORTER]  # sorted by length inside: the order must survive
    together = encoder.encode(texts)
    one_by_one = np.vstack([encoder.encode([t]) for t in texts])
    assert np.abs(together - one_by_one).max() < 1e-5
    assert together.shape == (len(texts), encoder.dim)
