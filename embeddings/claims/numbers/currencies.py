"""Currencies: the sign or code before a figure ("A$50m", "Rs 500", "EUR 3bn"), the one
name of each ("dollars" and "$" are usd, "A$" aud), whose dollars a name says ("Canadian
dollars"), and the currency a sentence's cents are of."""

from __future__ import annotations

import re

# Australian, Canadian, Hong Kong ... dollars are no US dollars: "A$50m" is about US$33m, so
# it must neither agree with "$50m" nor dispute "US$33m"; "¥" is yen in English news
_CURRENCY_BEFORE = re.compile(
    r"(?P<c>US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€|£|₹|¥|₩|₽|₺|₴|₪|USD|EUR|GBP|INR"
    r"|JPY|CNY|RMB|CHF|AUD|CAD|HKD|NZD|SGD|(?<![A-Za-z])Rs\.?)\s?$")
_CURRENCY_UNITS = {"$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "€": "eur",
                   "eur": "eur", "euro": "eur", "£": "gbp", "gbp": "gbp", "pound": "gbp",
                   "₹": "inr", "inr": "inr", "rs": "inr", "rs.": "inr",
                   "ruble": "rub", "rouble": "rub", "manat": "azn", "dram": "amd", "yen": "jpy",
                   "yuan": "cny", "renminbi": "cny", "rupee": "inr", "lira": "try",
                   "hryvnia": "uah", "shekel": "ils", "franc": "chf",
                   "a$": "aud", "au$": "aud", "aud": "aud", "c$": "cad", "ca$": "cad",
                   "cad": "cad", "nz$": "nzd", "nzd": "nzd", "hk$": "hkd", "hkd": "hkd",
                   "s$": "sgd", "sgd": "sgd", "¥": "jpy", "jpy": "jpy", "cny": "cny",
                   "rmb": "cny", "chf": "chf", "₩": "krw", "₽": "rub", "₺": "try", "₴": "uah",
                   "₪": "ils"}
_DOLLARS = {"u.s.": "usd", "us": "usd", "american": "usd", "australian": "aud",
            "canadian": "cad", "new zealand": "nzd", "hong kong": "hkd", "singapore": "sgd"}


# the currencies whose hundredth is a cent, by the sign that stands for them
_CENTS_OF = re.compile(r"US\$|(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$|\$|€")


def _currency_of(sentence: str) -> str:
    """The currency a sentence's cents are of: the first dollar or euro sign it has, else
    US dollars."""
    sign = _CENTS_OF.search(sentence)
    return _CURRENCY_UNITS[sign.group().lower()] if sign else "usd"
