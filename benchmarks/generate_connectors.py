#!/usr/bin/env python3
"""A seeded generator of realistic AppFlow connector configurations, as JSON Lines of
DescribeConnector responses with provenance keys, one per line:

  {"region": "eu-west-1", "accountId": "210987654321", "connectorConfiguration": {...}}

What makes it realistic:
- the 23 AWS-managed connector types are taken from afq's bundled sample (real descriptions,
  metadata, operators, OAuth URLs), one per type per account and region, as an organisation-wide
  inventory records them;
- custom connectors are generated with every member of the model (ConnectorConfiguration,
  AuthenticationConfig with OAuth2 defaults, custom auth configs and their parameters,
  runtime settings, Lambda provisioning, data transfer APIs), with realistic rates of absence;
- timestamps are epoch seconds, as on the wire (some with a fraction);
- about one line in 500 carries a key the model does not know, as newer API versions do.

The same seed and count always give the same bytes. Usage:

  benchmarks/generate_connectors.py --count 100000 --seed 5 > connectors-100k.jsonl

`--changed PERCENT` writes a later snapshot of the same inventory, for `changes` (docs/changes.md):
the same connectors from the same seed, of which about PERCENT in a hundred differ -- a third of
those removed, half changed (a write operation dropped, a version bumped, an authentication flag
flipped, a grant type added), the rest followed by a new custom connector -- and as many again
have a set-valued list in a new order, which is not a change:

  benchmarks/generate_connectors.py --count 100000 --seed 5 --changed 5 > connectors-100k-later.jsonl

By default an (account, region) may come up more than once, each time with the managed connectors
again, so an AWS-managed connector's identity repeats; `--distinct-places` gives every account and
region one visit (with more accounts), as one inventory has them, which `changes` needs to pair
connectors one to one. benchmarks/compare.py uses it for both snapshots of its `changes` query.
"""
import argparse
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Sources", "AFQSources", "Resources", "sample.json")

REGIONS = [
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1",
    "eu-west-2", "eu-west-3", "eu-central-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1",
    "ap-southeast-1", "ap-southeast-2",
]
OPERATORS = [
    "PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN", "LESS_THAN_OR_EQUAL_TO",
    "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION",
    "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO",
    "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP",
]
WRITE_OPERATIONS = ["INSERT", "UPSERT", "UPDATE", "DELETE"]
FREQUENCIES = ["BYMINUTE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "ONCE"]
TRIGGERS = ["Scheduled", "Event", "OnDemand"]
DESTINATIONS = [
    "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk",
    "Servicenow", "Datadog", "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude",
    "Veeva", "EventBridge", "LookoutMetrics", "Upsolver", "Honeycode", "CustomerProfiles", "SAPOData",
    "CustomConnector", "Pardot",
]
OWNERS = [
    "Acme Data Platform", "Example Partner Inc.", "AWS Samples", "Globex Integrations", "Initech Labs",
    "Umbrella Analytics", "Hooli Data", "Stark Connectors", "Wayne Enterprises IT", "Contoso Cloud",
]
PRODUCTS = [
    "jira", "stripe", "workday", "hubspot", "netsuite", "shopify", "postgres", "mysql", "oracle",
    "sap-hana", "zuora", "asana", "github", "gitlab", "okta", "dynamics", "sheets", "airtable",
    "mailchimp", "intercom", "freshdesk", "segment", "mixpanel", "looker", "bigquery", "mongodb",
]
WORDS = [
    "records", "objects", "events", "accounts", "tickets", "invoices", "orders", "contacts",
    "inventory", "payments", "reports", "campaigns", "issues", "projects", "employees", "assets",
]
GRANTS = ["CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER"]
MODES = ["SOURCE", "DESTINATION"]


def present(rng, rate):
    """True with probability `rate`: a member is absent the rest of the time."""
    return rng.random() < rate


def subset(rng, items, low, high=None):
    """A random subset in the items' own order."""
    high = len(items) if high is None else min(high, len(items))
    count = rng.randint(min(low, high), high)
    chosen = set(rng.sample(range(len(items)), count))
    return [item for i, item in enumerate(items) if i in chosen]


def epoch(rng):
    """Epoch seconds between 2021 and 2025; a third carry milliseconds, as the wire format may."""
    seconds = rng.randint(1_609_459_200, 1_735_689_599)
    if rng.random() < 0.33:
        return seconds + rng.randint(1, 999) / 1000
    return seconds


def parameter(rng, product, index, with_type=False):
    key = rng.choice(["instanceUrl", "subdomain", "apiVersion", "tenantId", "clientRegion", "workspace"])
    value = {
        "key": f"{key}{index}" if index else key,
        "isRequired": rng.random() < 0.6,
        "label": f"{product.title()} {key}",
        "description": f"The {key} of the {product} account to connect to",
        "isSensitiveField": rng.random() < 0.15,
    }
    if present(rng, 0.3):
        value["connectorSuppliedValues"] = subset(rng, ["v1", "v2", "v3", "beta"], 1)
    if with_type:
        value["type"] = rng.choice(["STRING", "AUTH_URL", "TOKEN_URL"])
    return value


def custom_connector(rng, region, account, serial):
    """A registered custom connector: every member of the model, some absent."""
    product = rng.choice(PRODUCTS)
    label = f"{product}-{rng.choice(WORDS)}-{serial}"
    owner = rng.choice(OWNERS)
    oauth2 = rng.random() < 0.55
    custom_auth = rng.random() < 0.3
    config = {}
    config["canUseAsSource"] = rng.random() < 0.85
    config["canUseAsDestination"] = rng.random() < 0.45
    if present(rng, 0.9):
        config["supportedDestinationConnectors"] = subset(rng, DESTINATIONS, 1, 12)
    if present(rng, 0.9):
        config["supportedSchedulingFrequencies"] = subset(rng, FREQUENCIES, 1)
    config["isPrivateLinkEnabled"] = rng.random() < 0.1
    if present(rng, 0.8):
        config["isPrivateLinkEndpointUrlRequired"] = False
    if present(rng, 0.95):
        config["supportedTriggerTypes"] = subset(rng, TRIGGERS, 1)
    if present(rng, 0.2):
        config["connectorMetadata"] = {}
    config["connectorType"] = "CustomConnector"
    config["connectorLabel"] = label
    if present(rng, 0.9):
        config["connectorDescription"] = (
            f"Transfers {rng.choice(WORDS)} and {rng.choice(WORDS)} between {product.title()} and AWS, "
            f"maintained by {owner}."
        )
    config["connectorOwner"] = owner
    config["connectorName"] = f"{product.title()} {rng.choice(WORDS).title()}"
    config["connectorVersion"] = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"
    config["connectorArn"] = f"arn:aws:appflow:{region}:{account}:connector/{label}"
    if present(rng, 0.7):
        config["connectorModes"] = subset(rng, MODES, 1)
    else:
        config["connectorModes"] = []
    auth = {
        "isBasicAuthSupported": rng.random() < 0.3,
        "isApiKeyAuthSupported": rng.random() < 0.35,
        "isOAuth2Supported": oauth2,
        "isCustomAuthSupported": custom_auth,
    }
    if oauth2:
        domain = f"{product}.example.com"
        defaults = {
            "oauthScopes": subset(rng, ["read", "write", "offline_access", "admin", "api"], 1),
            "tokenUrls": [f"https://auth.{domain}/oauth/token"],
            "authCodeUrls": [f"https://auth.{domain}/oauth/authorize"],
            "oauth2GrantTypesSupported": subset(rng, GRANTS, 1),
        }
        if present(rng, 0.4):
            defaults["oauth2CustomProperties"] = [
                parameter(rng, product, i, with_type=True) for i in range(rng.randint(1, 2))
            ]
        auth["oAuth2Defaults"] = defaults
    if custom_auth:
        auth["customAuthConfigs"] = [
            {
                "customAuthenticationType": rng.choice(["HMAC", "SIGNED_JWT", "MUTUAL_TLS"]),
                "authParameters": [parameter(rng, product, i) for i in range(rng.randint(1, 3))],
            }
        ]
    config["authenticationConfig"] = auth
    if present(rng, 0.75):
        config["connectorRuntimeSettings"] = [
            {
                "key": rng.choice(["batchSize", "pageSize", "timezone", "apiEndpoint", "sandbox"]),
                "dataType": rng.choice(["String", "Long", "Boolean"]),
                "isRequired": rng.random() < 0.4,
                "label": "Runtime setting",
                "description": "Passed to the connector on every call",
                "scope": rng.choice(["CONNECTOR_PROFILE", "SOURCE", "DESTINATION", "SOURCE_AND_DESTINATION"]),
                **({"connectorSuppliedValueOptions": ["true", "false"]} if rng.random() < 0.3 else {}),
            }
            for _ in range(rng.randint(1, 3))
        ]
    if present(rng, 0.9):
        config["supportedApiVersions"] = [f"v{rng.randint(1, 5)}"]
    if present(rng, 0.92):
        config["supportedOperators"] = subset(rng, OPERATORS, 3)
    if config["canUseAsDestination"] and present(rng, 0.9):
        config["supportedWriteOperations"] = subset(rng, WRITE_OPERATIONS, 1)
    config["connectorProvisioningType"] = "LAMBDA"
    config["connectorProvisioningConfig"] = {
        "lambda": {"lambdaArn": f"arn:aws:lambda:{region}:{account}:function:{label}-connector"}
    }
    if present(rng, 0.6):
        config["logoURL"] = f"https://{product}.example.com/logo.png"
    config["registeredAt"] = epoch(rng)
    config["registeredBy"] = f"arn:aws:iam::{account}:role/{rng.choice(['Admin', 'DataEngineer', 'Deployer'])}"
    if present(rng, 0.85):
        config["supportedDataTransferTypes"] = subset(rng, ["RECORD", "FILE"], 1)
    if present(rng, 0.5):
        config["supportedDataTransferApis"] = [
            {"Name": name, "Type": rng.choice(["SYNC", "ASYNC", "AUTOMATIC"])}
            for name in subset(rng, ["REST_SYNC", "BULK_V2", "STREAMING"], 1)
        ]
    return config


def managed_connector(rng, template):
    """An AWS-managed connector: the sample's configuration, with the optional members that vary
    between regions and API versions absent at realistic rates."""
    config = json.loads(template)
    if "supportedOperators" in config and present(rng, 0.1):
        del config["supportedOperators"]
    if "connectorMetadata" in config and present(rng, 0.05):
        config["connectorMetadata"] = None
    if present(rng, 0.3):
        config["connectorModes"] = subset(rng, MODES, 0)
    if "supportedWriteOperations" in config and present(rng, 0.05):
        config["supportedWriteOperations"] = []
    return config


def evolve(rng, config, region, account, serial):
    """The configurations that take `config`'s place in the later snapshot (none: removed)."""
    roll = rng.random()
    if roll < 1 / 3:
        return []
    if roll < 5 / 6:
        changed = json.loads(json.dumps(config))
        kind = rng.randrange(4)
        if kind == 0 and changed.get("supportedWriteOperations"):
            changed["supportedWriteOperations"] = changed["supportedWriteOperations"][:-1]
        elif kind == 1 or changed.get("connectorType") != "CustomConnector":
            changed["connectorVersion"] = f"{rng.randint(5, 9)}.{rng.randint(0, 9)}.0"
        elif kind == 2:
            auth = changed.setdefault("authenticationConfig", {})
            auth["isApiKeyAuthSupported"] = not auth.get("isApiKeyAuthSupported", False)
        else:
            defaults = changed.setdefault("authenticationConfig", {}).setdefault("oAuth2Defaults", {})
            grants = defaults.setdefault("oauth2GrantTypesSupported", [])
            if "CLIENT_CREDENTIALS" not in grants:
                grants.append("CLIENT_CREDENTIALS")
            else:
                grants.remove("CLIENT_CREDENTIALS")
        return [changed]
    return [config, custom_connector(rng, region, account, f"new-{serial}")]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--distinct-places", action="store_true",
                        help="visit every (account, region) once, so no connector's identity repeats")
    parser.add_argument("--changed", type=float, default=0,
                        help="write a later snapshot in which about this percentage of connectors differ")
    args = parser.parse_args()
    # Changes draw from their own generator, so the connectors themselves are the seed's.
    later = random.Random(args.seed * 7919 + 1) if args.changed > 0 else None
    rng = random.Random(args.seed)
    with open(SAMPLE) as sample:
        entries = json.load(sample)
    templates = [
        json.dumps(entry["connectorConfiguration"], separators=(",", ":"))
        for entry in entries
        if entry["connectorConfiguration"].get("connectorType") != "CustomConnector"
    ]
    out = sys.stdout
    accounts = [f"{rng.randint(10**11, 10**12 - 1)}"
                for _ in range(max(1, args.count // (100 if args.distinct_places else 400)))]
    places = [(account, region) for account in accounts for region in REGIONS]
    if args.distinct_places:
        rng.shuffle(places)
    written = 0
    serial = 0
    while written < args.count:
        if args.distinct_places:
            account, region = places.pop()
        else:
            account = rng.choice(accounts)
            region = rng.choice(REGIONS)
        # One account and region: its managed connectors, then its custom ones, as
        # DescribeConnector calls over an inventory return them.
        batch = [managed_connector(rng, t) for t in templates if rng.random() < 0.45]
        for _ in range(rng.randint(3, 22)):
            serial += 1
            batch.append(custom_connector(rng, region, account, serial))
        for config in batch:
            if written >= args.count:
                break
            if rng.random() < 0.002:
                config["supportedFeatures"] = subset(rng, ["PAGINATION", "INCREMENTAL_PULL", "PARTIAL_WRITES"], 1)
            written += 1
            configs = [config]
            if later is not None:
                if later.random() * 100 < args.changed:
                    configs = evolve(later, config, region, account, written)
                elif later.random() * 100 < args.changed and config.get("supportedOperators"):
                    config["supportedOperators"] = list(reversed(config["supportedOperators"]))
            for each in configs:
                line = {"region": region, "accountId": account, "connectorConfiguration": each}
                out.write(json.dumps(line, separators=(",", ":")))
                out.write("\n")


if __name__ == "__main__":
    main()
