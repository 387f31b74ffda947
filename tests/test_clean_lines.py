"""The line roles of the cleaner (audit/clean.py, patterns in audit/data/boilerplate.json), as a table
of real lines: page furniture is set apart, story sentences that open like furniture stay in the story."""

from __future__ import annotations

import pytest

from audit.clean import classify_line

LINES = [
    # furniture
    pytest.param("Also on WorldPost:", "navigation", id="polnear-train-also-on-outlet-label"),
    pytest.param("Also on rt.com", "navigation", id="web-also-on-site"),
    pytest.param("Related post: Pickled Brussels Sprouts Recipe", "navigation", id="web-related-post"),
    pytest.param("Related stories", "navigation", id="written-related-stories"),
    pytest.param("Share this article", "navigation", id="written-share-this-article"),
    pytest.param("Print this page", "navigation", id="written-print-this-page"),
    # story sentences that open with the same words
    pytest.param(
        "Also on Thursday, Emanuel said he would no longer fight the release of another dash-cam police video.",
        "body",
        id="polnear-train-also-on-thursday",
    ),
    pytest.param("Also in 2015, the council voted to close two libraries.", "body", id="written-also-in-year"),
    pytest.param("Share prices fell 5 percent on Monday, analysts said.", "body", id="written-share-prices"),
    pytest.param("Print media executives said advertising revenue fell again.", "body", id="written-print-media"),
    pytest.param("Related to the case, two officers were suspended.", "body", id="written-related-to"),
    # a pitch asks the reader to sign up for a newsletter; a story sentence may name one
    pytest.param("For more, sign up for the What’s Working newsletter.", "pitch", id="polnear-train-newsletter-pitch"),
    pytest.param(
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.", "pitch", id="web-newsletter"
    ),
    pytest.param(
        "\"They've got a real problem if they lose here, because then Sanders can say 'I'm not just a white "
        "candidate, I can win anywhere,'\" said Jon Ralston, who runs a Nevada politics newsletter.",
        "body",
        id="polnear-train-runs-a-newsletter",
    ),
    # a sentence with a speech verb that hands over to what follows, ending on its object and a colon
    pytest.param("CNN also noted the relatively sparse attendance:", "body", id="polnear-train-noted-object-colon"),
    # ... but a short label ending in a colon stays furniture
    pytest.param("Read more:", "navigation", id="written-read-more-label"),
]


@pytest.mark.parametrize("line, role", LINES)
def test_line_role(line: str, role: str) -> None:
    assert classify_line(line, 3, seen_body=True) == role
