#!/usr/bin/env python3
"""A fake AWS organisation on loopback, for benchmarks/org_fetch.py: AWS Organizations, AWS STS
and Amazon AppFlow answered by one HTTP/1.1 server on 127.0.0.1, on one port.

  benchmarks/fake_org.py --port 0                    # prints the port it took on the first line
  benchmarks/fake_org.py --accounts 20 --latency-ms 80 --rate 2 --burst 5
  curl -s http://127.0.0.1:PORT/stats                # the call counts so far (also on SIGTERM)
  curl -s 'http://127.0.0.1:PORT/stats?reset=1'      # ... then start counting afresh

Point a client at it with AWS_ENDPOINT_URL_APPFLOW, AWS_ENDPOINT_URL_STS and
AWS_ENDPOINT_URL_ORGANIZATIONS (or AWS_ENDPOINT_URL) = http://127.0.0.1:PORT and the management
keys below (AWS's documented example keys) in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.

The organisation: --accounts ACTIVE accounts (12-digit ids from a fixed seed, names like
`prod-data-01`); the first is the management account, which the management keys act in. The
others sit in one organizational unit per environment (prod, staging, dev, sandbox, shared).

Which service a request is for follows the AWS wire protocols:
- `POST /` with `X-Amz-Target: AWSOrganizationsV20161128.<Operation>` (JSON 1.1): Organizations
  ListAccounts (MaxResults 1-20, NextToken), ListAccountsForParent, ListOrganizationalUnitsForParent,
  ListRoots, DescribeOrganization. Only the management account may call them.
- `POST /` with a form body (`Action=AssumeRole` or `GetCallerIdentity`, `Version=2011-06-15`):
  STS, answered in XML as the service does. AssumeRole into `arn:aws:iam::<member>:role/<--role-name>`
  from the management keys gives temporary keys `ASIA<account><4 chars>`, so later calls made
  with them act in that account (their session token must come along in X-Amz-Security-Token).
- `POST /describe-connectors`, `/list-connectors`, `/describe-connector` (JSON): AppFlow, in the
  region of the SigV4 credential scope, for the account of the access key. Every region has the
  23 AWS-managed connector types and 5 custom connectors (configurations taken from the bundled
  sample, Sources/AFQSources/Resources/sample.json, with each custom connector's ARNs rewritten to
  the account and region asked), so a full fetch counts 28 connectors per account and region.
  Unfiltered DescribeConnectors has 2 pages at the service's default maxResults (20).

Signatures are not verified (HMAC-SHA256 at this rate would make Python the bottleneck), but
every call must carry `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/
aws4_request, SignedHeaders=..., Signature=<64 hex>` and X-Amz-Date, with a key the server knows
and the scope's service matching the endpoint called.

Every answer waits --latency-ms first (asyncio.sleep, so the server never limits concurrency).
AppFlow calls take a token from a bucket per (account, region), --rate per second, --burst
deep; without one the answer is HTTP 429, x-amzn-ErrorType: ThrottlingException,
{"message": "Rate exceeded"}. Calls, throttled answers and errors are counted per service
operation and per (account, region); `GET /stats` answers them as JSON (`?reset=1` then zeroes
them and fills every bucket, as a pause between runs would), and SIGTERM prints them on stdout
before the server stops. It stops by itself after --max-seconds, or when standard input closes
with --stop-on-stdin-eof.

Requests are bounded (16 KiB of headers, 1 MiB of body, 100 headers); an idle connection is
closed after 30 s. Python standard library only.
"""
import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import signal
import sys
import time
import urllib.parse
import uuid
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Sources", "AFQSources", "Resources", "sample.json")

APPFLOW_REGIONS = [
    "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
    "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1",
    "us-east-1", "us-east-2", "us-west-1", "us-west-2",
]
# AWS's documented example keys ("Managing access keys for IAM users"): not a secret.
MANAGEMENT_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
MANAGEMENT_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
MANAGEMENT_USER = "bench-admin"
CUSTOM_CONNECTORS_PER_REGION = 5

MAX_HEADER_BYTES = 16 * 1024
MAX_HEADERS = 100
MAX_BODY_BYTES = 1 << 20
IDLE_SECONDS = 30
MAX_REQUESTS_PER_CONNECTION = 1_000_000
MAX_ISSUED_CREDENTIALS = 36 ** 4

REASONS = {100: "Continue", 200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 411: "Length Required", 413: "Content Too Large",
           429: "Too Many Requests", 431: "Request Header Fields Too Large", 500: "Internal Server Error"}

AUTHORIZATION = re.compile(
    r"AWS4-HMAC-SHA256 Credential=([A-Z0-9]{16,128})/(\d{8})/([a-z0-9-]{1,32})/([a-z0-9-]{1,32})/aws4_request,"
    r" ?SignedHeaders=([a-z0-9;-]{1,2048}), ?Signature=[0-9a-f]{64}")
ROLE_ARN = re.compile(r"arn:aws:iam::(\d{12}):role/((?:[\w+=,.@-]{1,64}/){0,8}[\w+=,.@-]{1,64})")
SESSION_NAME = re.compile(r"[\w+=,.@-]{2,64}")
ARN_IN_TEXT = re.compile(r"arn:aws:([a-z0-9-]+):([a-z0-9-]*):(\d{12}):")
PAGE_TOKEN = re.compile(r"(dc|lc|la|lp|lo)\.(\d{1,4})\.([0-9a-f]{12})")
MANAGED_TYPES = [
    "Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow",
    "Datadog", "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge",
    "LookoutMetrics", "Upsolver", "Honeycode", "CustomerProfiles", "SAPOData", "Pardot",
]
APPFLOW_OPERATIONS = {"/describe-connectors": "appflow:DescribeConnectors", "/list-connectors": "appflow:ListConnectors",
                      "/describe-connector": "appflow:DescribeConnector"}
DETAIL_KEYS = ["connectorDescription", "connectorName", "connectorOwner", "connectorVersion", "connectorType",
               "connectorLabel", "registeredAt", "registeredBy", "connectorProvisioningType", "connectorModes",
               "supportedDataTransferTypes"]


class Reply(Exception):
    """An answer decided before the handler's end: an error, usually."""

    def __init__(self, status, headers, body):
        super().__init__(status)
        self.status, self.headers, self.body = status, headers, body


# ---------------------------------------------------------------------------------------------
# The organisation


class Organization:
    """The accounts, their organizational units and what AppFlow holds in each region."""

    ENVIRONMENTS = ["prod", "staging", "dev", "sandbox", "shared"]
    TEAMS = ["data", "web", "payments", "analytics", "platform", "identity", "ml"]

    def __init__(self, count, regions, seed):
        rnd = random.Random(seed)
        ids = []
        for _ in range(count * 20):  # bounded: collisions among 9e11 ids are rare
            if len(ids) == count:
                break
            candidate = str(rnd.randrange(10 ** 11, 10 ** 12))
            if candidate not in ids:
                ids.append(candidate)
        self.id = "o-" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
        self.root = "r-" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
        self.management = ids[0]
        self.regions = list(regions)
        self.units = {}  # OU id -> {"Id", "Arn", "Name"}
        self.parent = {}  # account id -> parent id
        self.accounts = []
        joined = 1_600_000_000.125
        for index, account in enumerate(ids):
            if index == 0:
                name, parent = "management", self.root
            else:
                environment = self.ENVIRONMENTS[(index - 1) % len(self.ENVIRONMENTS)]
                team = self.TEAMS[(index - 1) // len(self.ENVIRONMENTS) % len(self.TEAMS)]
                name = f"{environment}-{team}-{index:02d}"
                parent = f"ou-{self.root[2:]}-{hashlib.sha256(environment.encode()).hexdigest()[:8]}"
                self.units.setdefault(parent, {
                    "Id": parent, "Arn": f"arn:aws:organizations::{self.management}:ou/{self.id}/{parent}",
                    "Name": environment})
            self.parent[account] = parent
            self.accounts.append({
                "Id": account, "Arn": f"arn:aws:organizations::{self.management}:account/{self.id}/{account}",
                "Email": f"aws+{name}@example.com", "Name": name, "Status": "ACTIVE", "State": "ACTIVE",
                "JoinedMethod": "CREATED", "JoinedTimestamp": joined + index * 86_400})
        self.account_ids = set(ids)
        with open(SAMPLE, "rb") as f:
            sample = json.load(f)
        configurations = [row["connectorConfiguration"] for row in sample]
        self.managed = {c["connectorType"]: c for c in configurations if c.get("connectorType") != "CustomConnector"}
        self.custom_templates = [json.dumps(c) for c in configurations
                                 if c.get("connectorType") == "CustomConnector"][:CUSTOM_CONNECTORS_PER_REGION]
        self.custom_labels = [json.loads(t)["connectorLabel"] for t in self.custom_templates]
        missing = [t for t in MANAGED_TYPES if t not in self.managed]
        if missing or len(self.custom_templates) != CUSTOM_CONNECTORS_PER_REGION:
            raise SystemExit(f"fake_org: {SAMPLE} lacks connectors it needs ({', '.join(missing) or 'custom'})")
        self.connectors_per_region = len(MANAGED_TYPES) + CUSTOM_CONNECTORS_PER_REGION

    def custom(self, account, region):
        """The custom connectors of one account and region, their ARNs naming both."""

        def rewrite(match):
            service, old_region, _ = match.groups()
            return f"arn:aws:{service}:{region if old_region else ''}:{account}:"

        return [json.loads(ARN_IN_TEXT.sub(rewrite, template)) for template in self.custom_templates]


# ---------------------------------------------------------------------------------------------
# Counting


class Stats:
    def __init__(self):
        self.reset()

    def reset(self):
        self.started = time.monotonic()
        self.calls = 0
        self.throttled = 0
        self.errors = {}
        self.by_operation = {}
        self.by_account_region = {}
        self.max_in_flight = 0
        self.connections = 0

    def count(self, operation, place, status, code):
        self.calls += 1
        entry = self.by_operation.setdefault(operation, {"calls": 0, "throttled": 0, "errors": 0})
        entry["calls"] += 1
        where = self.by_account_region.setdefault(place, {"calls": 0, "throttled": 0}) if place else None
        if where is not None:
            where["calls"] += 1
        if status == 429:
            self.throttled += 1
            entry["throttled"] += 1
            if where is not None:
                where["throttled"] += 1
        elif status >= 300:
            entry["errors"] += 1
            self.errors[code] = self.errors.get(code, 0) + 1

    def report(self, organization, in_flight):
        return {
            "seconds": round(time.monotonic() - self.started, 3),
            "calls": self.calls, "throttled": self.throttled, "errors": self.errors,
            "by_operation": dict(sorted(self.by_operation.items())),
            "by_account_region": dict(sorted(self.by_account_region.items())),
            "max_in_flight": self.max_in_flight, "in_flight": in_flight, "connections": self.connections,
            "accounts": len(organization.accounts), "regions": len(organization.regions),
            "management_account": organization.management,
            "expected_connectors": len(organization.accounts) * len(organization.regions)
            * organization.connectors_per_region,
        }


# ---------------------------------------------------------------------------------------------
# The server


class FakeOrganizationServer:
    def __init__(self, args):
        self.args = args
        self.organization = Organization(args.accounts, args.regions, args.seed)
        self.latency = args.latency_ms / 1000
        self.stats = Stats()
        self.in_flight = 0
        self.buckets = {}  # (account, region) -> [tokens, last monotonic time]
        self.credentials = {MANAGEMENT_ACCESS_KEY: {
            "account": self.organization.management, "token": None, "expires": None,
            "arn": f"arn:aws:iam::{self.organization.management}:user/{MANAGEMENT_USER}",
            "user_id": "AIDAEXAMPLEBENCHADMIN"}}
        self.issued = 0
        self.cache = {}  # answers that depend only on (account, region, request): bytes
        self.stopping = None

    # -- HTTP/1.1 ------------------------------------------------------------------------------

    async def connection(self, reader, writer):
        self.stats.connections += 1
        try:
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_SECONDS)
                except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
                    return
                except asyncio.LimitOverrunError:
                    await self.send(writer, 431, {}, b"", keep_alive=False)
                    return
                parsed = parse_head(head)
                if parsed is None:
                    await self.send(writer, 400, {}, b"", keep_alive=False)
                    return
                method, target, version, headers = parsed
                if "transfer-encoding" in headers:
                    await self.send(writer, 411, {}, b"", keep_alive=False)
                    return
                length_text = headers.get("content-length", "0")
                if not length_text.isdigit() or len(length_text) > 9:
                    await self.send(writer, 400, {}, b"", keep_alive=False)
                    return
                length = int(length_text)
                if length > MAX_BODY_BYTES:
                    await self.send(writer, 413, {}, b"", keep_alive=False)
                    return
                if headers.get("expect", "").lower() == "100-continue":
                    writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                try:
                    body = await asyncio.wait_for(reader.readexactly(length), IDLE_SECONDS) if length else b""
                except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
                    return
                connection = headers.get("connection", "").lower()
                keep_alive = "close" not in connection and (version == "HTTP/1.1" or "keep-alive" in connection)
                status, extra, payload = await self.answer(method, target, headers, body)
                if not await self.send(writer, status, extra, payload, keep_alive):
                    return
                if not keep_alive:
                    return
        finally:
            writer.close()

    async def send(self, writer, status, headers, body, keep_alive):
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
        for name, value in headers.items():
            lines.append(f"{name}: {value}")
        lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        try:
            await writer.drain()
            return True
        except ConnectionError:
            return False

    # -- Dispatch ------------------------------------------------------------------------------

    async def answer(self, method, target, headers, body):
        path, _, query = target.partition("?")
        if method == "GET" and path == "/stats":
            report = self.stats.report(self.organization, self.in_flight)
            if "reset=1" in query.split("&"):
                self.stats.reset()
                self.buckets.clear()
            return 200, {"Content-Type": "application/json"}, json.dumps(report, indent=1).encode()
        self.in_flight += 1
        self.stats.max_in_flight = max(self.stats.max_in_flight, self.in_flight)
        try:
            return await self.api_answer(method, path, headers, body)
        finally:
            self.in_flight -= 1

    async def api_answer(self, method, path, headers, body):
        if path == "/" and "x-amz-target" in headers:
            service, handler = "organizations", self.organizations
        elif path == "/":
            service, handler = "sts", self.sts
        elif path in APPFLOW_OPERATIONS:
            service, handler = "appflow", self.appflow
        else:
            service, handler = "appflow", None
        request_id = str(uuid.uuid4())
        operation, place = operation_named(service, path, headers, body), None
        try:
            if method != "POST":
                raise error(service, 405, "MethodNotAllowedException", f"{method} is not allowed here")
            if handler is None:
                raise error(service, 404, "UnknownOperationException", f"no operation at {path}")
            identity, region = self.authenticate(service, headers)
            operation, place, status, extra, payload = handler(identity, region, path, headers, body, request_id)
            code = None
        except Reply as reply:
            status, extra, payload = reply.status, reply.headers, reply.body
            code = extra.get("x-amzn-ErrorType") or extra.get("x-fake-code") or str(status)
            extra.pop("x-fake-code", None)
            if reply.headers.get("x-fake-operation"):
                operation = extra.pop("x-fake-operation")
                place = extra.pop("x-fake-place", None)
        self.stats.count(operation, place, status, code)
        extra["x-amzn-RequestId"] = request_id
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        return status, extra, payload

    def authenticate(self, service, headers):
        """The identity of the access key in the Authorization header, and the scope's region."""
        header = headers.get("authorization", "")
        match = AUTHORIZATION.fullmatch(header)
        if not match:
            raise error(service, 403, "MissingAuthenticationToken" if service == "sts" else "MissingAuthenticationTokenException",
                        "Missing Authentication Token" if not header else
                        "Authorization header requires AWS4-HMAC-SHA256 Credential, SignedHeaders and Signature")
        key, day, region, scope_service, signed = match.groups()
        amz_date = headers.get("x-amz-date", "")
        if not amz_date.startswith(day) or "host" not in signed.split(";") or "x-amz-date" not in signed.split(";"):
            raise error(service, 403, signature_code(service),
                        "the request must sign host and x-amz-date, and X-Amz-Date must fall on the scope's date")
        if scope_service != service:
            raise error(service, 403, signature_code(service),
                        f"Credential should be scoped to correct service: '{service}'. ")
        if service == "organizations" and region != "us-east-1":
            raise error(service, 403, signature_code(service),
                        f"Credential should be scoped to a valid region, not '{region}'. ")
        identity = self.credentials.get(key)
        if identity is None:
            raise error(service, 403, "InvalidClientTokenId" if service == "sts" else "UnrecognizedClientException",
                        "The security token included in the request is invalid.")
        if identity["token"] is not None:
            if headers.get("x-amz-security-token") != identity["token"]:
                raise error(service, 403, "InvalidClientTokenId" if service == "sts" else "UnrecognizedClientException",
                            "The security token included in the request is invalid.")
            if time.time() > identity["expires"]:
                raise error(service, 403, "ExpiredToken" if service == "sts" else "ExpiredTokenException",
                            "The security token included in the request is expired")
        return identity, region

    # -- AppFlow (restJson1) -----------------------------------------------------------------

    def appflow(self, identity, region, path, headers, body, request_id):
        account = identity["account"]
        operation = APPFLOW_OPERATIONS[path]
        place = f"{account}/{region}"
        tag = {"x-fake-operation": operation, "x-fake-place": place}
        if region not in self.organization.regions:
            raise error("appflow", 403, "UnrecognizedClientException",
                        "The security token included in the request is invalid.", tag)
        if not self.take_token(account, region):
            raise error("appflow", 429, "ThrottlingException", "Rate exceeded", tag)
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            raise error("appflow", 400, "SerializationException", "the request body is not JSON", tag)
        if not isinstance(request, dict):
            raise error("appflow", 400, "SerializationException", "the request body must be a JSON object", tag)
        try:
            if path == "/describe-connectors":
                payload = self.describe_connectors(account, region, request)
            elif path == "/list-connectors":
                payload = self.list_connectors(account, region, request)
            else:
                payload = self.describe_connector(account, region, request)
        except Reply as reply:
            reply.headers.update(tag)
            raise
        return operation, place, 200, {"Content-Type": "application/json"}, payload

    def take_token(self, account, region):
        now = time.monotonic()
        bucket = self.buckets.get((account, region))
        if bucket is None:
            bucket = self.buckets[(account, region)] = [float(self.args.burst), now]
        bucket[0] = min(float(self.args.burst), bucket[0] + (now - bucket[1]) * self.args.rate)
        bucket[1] = now
        if bucket[0] >= 1:
            bucket[0] -= 1
            return True
        return False

    def page_bounds(self, kind, account, region, request, total, default):
        size = request.get("maxResults", default)
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 100:
            raise error("appflow", 400, "ValidationException",
                        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: "
                        "Member must have value between 1 and 100")
        offset = 0
        token = request.get("nextToken")
        if token is not None:
            match = PAGE_TOKEN.fullmatch(token) if isinstance(token, str) else None
            if not match or match.group(1) != kind or match.group(3) != place_hash(account, region) \
                    or int(match.group(2)) >= total:
                raise error("appflow", 400, "ValidationException", "Invalid nextToken")
            offset = int(match.group(2))
        end = min(total, offset + size)
        next_token = f"{kind}.{end}.{place_hash(account, region)}" if end < total else None
        return offset, end, next_token

    def describe_connectors(self, account, region, request):
        types = request.get("connectorTypes")
        if types is not None and (not isinstance(types, list) or len(types) > 100
                                  or not all(isinstance(t, str) for t in types)):
            raise error("appflow", 400, "ValidationException", "connectorTypes must be a list of at most 100 types")
        wanted = [t for t in MANAGED_TYPES if types is None or t in types]
        with_custom = types is None or "CustomConnector" in types
        offset, end, next_token = self.page_bounds("dc", account, region, request, len(wanted), 20)
        key = ("dc", account, region, offset, end, tuple(wanted), with_custom)
        cached = self.cache.get(key)
        if cached is None:
            answer = {"connectorConfigurations": {t: self.organization.managed[t] for t in wanted[offset:end]}}
            if offset == 0 and with_custom:
                answer["connectors"] = [detail(c) for c in self.organization.custom(account, region)]
            if next_token:
                answer["nextToken"] = next_token
            cached = json.dumps(answer).encode()
            if types is None:
                self.cache[key] = cached
        return cached

    def list_connectors(self, account, region, request):
        labels = self.organization.custom_labels
        offset, end, next_token = self.page_bounds("lc", account, region, request, len(labels), 20)
        key = ("lc", account, region, offset, end)
        cached = self.cache.get(key)
        if cached is None:
            answer = {"connectors": [detail(c) for c in self.organization.custom(account, region)[offset:end]]}
            if next_token:
                answer["nextToken"] = next_token
            cached = self.cache[key] = json.dumps(answer).encode()
        return cached

    def describe_connector(self, account, region, request):
        kind = request.get("connectorType")
        label = request.get("connectorLabel")
        if not isinstance(kind, str):
            raise error("appflow", 400, "ValidationException",
                        "1 validation error detected: Value null at 'connectorType' failed to satisfy constraint: "
                        "Member must not be null")
        if kind == "CustomConnector":
            if not isinstance(label, str) or label not in self.organization.custom_labels:
                raise error("appflow", 404, "ResourceNotFoundException",
                            f"There is no connector with the label {label!r} registered in this account and region")
        elif kind not in self.organization.managed:
            raise error("appflow", 400, "ValidationException", f"Value '{kind}' at 'connectorType' is not a ConnectorType")
        key = ("d", account, region, kind, label if kind == "CustomConnector" else None)
        cached = self.cache.get(key)
        if cached is None:
            if kind == "CustomConnector":
                index = self.organization.custom_labels.index(label)
                configuration = self.organization.custom(account, region)[index]
            else:
                configuration = self.organization.managed[kind]
            cached = self.cache[key] = json.dumps({"connectorConfiguration": configuration}).encode()
        return cached

    # -- STS (query protocol, XML answers) ---------------------------------------------------

    def sts(self, identity, region, path, headers, body, request_id):
        if "x-www-form-urlencoded" not in headers.get("content-type", ""):
            raise error("sts", 400, "InvalidAction", "STS takes a form-encoded body", {"x-fake-operation": "sts:?"})
        try:
            form = {k: v[-1] for k, v in urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                                               max_num_fields=50).items()}
        except (UnicodeDecodeError, ValueError):
            raise error("sts", 400, "MalformedInput", "the form body cannot be read", {"x-fake-operation": "sts:?"})
        action = form.get("Action", "")
        operation = f"sts:{action or '?'}"
        tag = {"x-fake-operation": operation}
        if form.get("Version") != "2011-06-15":
            raise error("sts", 400, "InvalidAction", "Could not find operation for version " + form.get("Version", ""), tag)
        if action == "GetCallerIdentity":
            result = (f"<UserId>{escape(identity['user_id'])}</UserId><Account>{identity['account']}</Account>"
                      f"<Arn>{escape(identity['arn'])}</Arn>")
        elif action == "AssumeRole":
            result = self.assume_role(identity, form, tag)
        else:
            raise error("sts", 400, "InvalidAction", f"Could not find operation {action} for version 2011-06-15", tag)
        text = (f'<{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n'
                f"  <{action}Result>\n    {result}\n  </{action}Result>\n"
                f"  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n"
                f"</{action}Response>\n")
        return operation, None, 200, {"Content-Type": "text/xml"}, text.encode()

    def assume_role(self, identity, form, tag):
        role_arn = form.get("RoleArn", "")
        session = form.get("RoleSessionName", "")
        match = ROLE_ARN.fullmatch(role_arn)
        if not match:
            raise error("sts", 400, "ValidationError", f"{role_arn!r} is not a valid role ARN", tag)
        if not SESSION_NAME.fullmatch(session):
            raise error("sts", 400, "ValidationError",
                        "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: "
                        r"Member must satisfy regular expression pattern: [\w+=,.@-]*", tag)
        duration_text = form.get("DurationSeconds", "3600")
        if not duration_text.isdigit() or not 900 <= int(duration_text) <= 43200:
            raise error("sts", 400, "ValidationError", "DurationSeconds must be between 900 and 43200", tag)
        account, role = match.groups()
        if identity["token"] is not None or account not in self.organization.account_ids \
                or role.rsplit("/", 1)[-1] != self.args.role_name:
            raise error("sts", 403, "AccessDenied",
                        f"User: {identity['arn']} is not authorized to perform: sts:AssumeRole on resource: {role_arn}",
                        tag)
        if self.issued >= MAX_ISSUED_CREDENTIALS:
            raise error("sts", 400, "Throttling", "this fake has issued all the keys it can", tag)
        self.issued += 1
        counter = base36(self.issued, 4)
        access_key = f"ASIA{account}{counter}"
        digest = hashlib.sha256(f"{access_key}/{session}".encode()).hexdigest()
        secret = (digest + digest)[:40]
        token = "IQoJb3JpZ2luX2VjEFAKE" + (digest * 6)[:340]
        expires = time.time() + int(duration_text)
        role_id = "AROA" + hashlib.sha256(role_arn.encode()).hexdigest()[:17].upper()
        assumed_arn = f"arn:aws:sts::{account}:assumed-role/{role.rsplit('/', 1)[-1]}/{session}"
        self.credentials[access_key] = {"account": account, "token": token, "expires": expires, "arn": assumed_arn,
                                        "user_id": f"{role_id}:{session}"}
        expiration = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(expires)) + f".{int(expires % 1 * 1e6):06d}Z"
        return ("<Credentials>\n"
                f"      <AccessKeyId>{access_key}</AccessKeyId>\n"
                f"      <SecretAccessKey>{secret}</SecretAccessKey>\n"
                f"      <SessionToken>{token}</SessionToken>\n"
                f"      <Expiration>{expiration}</Expiration>\n"
                "    </Credentials>\n"
                "    <AssumedRoleUser>\n"
                f"      <AssumedRoleId>{role_id}:{escape(session)}</AssumedRoleId>\n"
                f"      <Arn>{escape(assumed_arn)}</Arn>\n"
                "    </AssumedRoleUser>\n"
                "    <PackedPolicySize>6</PackedPolicySize>")

    # -- Organizations (JSON 1.1) -----------------------------------------------------------

    def organizations(self, identity, region, path, headers, body, request_id):
        target = headers.get("x-amz-target", "")
        prefix = "AWSOrganizationsV20161128."
        name = target[len(prefix):] if target.startswith(prefix) else "?"
        operation = f"organizations:{name}"
        tag = {"x-fake-operation": operation}
        if name == "?":
            raise error("organizations", 400, "UnknownOperationException", f"unknown target {target!r}", tag)
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            raise error("organizations", 400, "SerializationException", "the request body is not JSON", tag)
        if not isinstance(request, dict):
            raise error("organizations", 400, "SerializationException", "the request body must be a JSON object", tag)
        org = self.organization
        if identity["account"] != org.management or identity["token"] is not None:
            raise error("organizations", 400, "AccessDeniedException",
                        "You don't have permissions to access this resource.", tag)
        if name == "ListAccounts":
            answer = self.org_page("la", request, org.accounts, "Accounts", tag)
        elif name == "ListAccountsForParent":
            parent = self.known_parent(request, tag)
            answer = self.org_page("lp", request, [a for a in org.accounts if org.parent[a["Id"]] == parent],
                                   "Accounts", tag)
        elif name == "ListOrganizationalUnitsForParent":
            parent = self.known_parent(request, tag)
            units = list(org.units.values()) if parent == org.root else []
            answer = self.org_page("lo", request, units, "OrganizationalUnits", tag)
        elif name == "ListRoots":
            answer = {"Roots": [{"Id": org.root, "Arn": f"arn:aws:organizations::{org.management}:root/{org.id}/{org.root}",
                                 "Name": "Root", "PolicyTypes": []}]}
        elif name == "DescribeOrganization":
            answer = {"Organization": {
                "Id": org.id, "Arn": f"arn:aws:organizations::{org.management}:organization/{org.id}",
                "FeatureSet": "ALL", "MasterAccountArn": f"arn:aws:organizations::{org.management}:account/{org.id}/{org.management}",
                "MasterAccountId": org.management, "MasterAccountEmail": org.accounts[0]["Email"],
                "AvailablePolicyTypes": []}}
        else:
            raise error("organizations", 400, "UnknownOperationException", f"{name} is not played by this fake", tag)
        return operation, None, 200, {"Content-Type": "application/x-amz-json-1.1"}, json.dumps(answer).encode()

    def known_parent(self, request, tag):
        parent = request.get("ParentId")
        if parent != self.organization.root and parent not in self.organization.units:
            raise error("organizations", 400, "ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.", tag)
        return parent

    def org_page(self, kind, request, items, member, tag):
        size = request.get("MaxResults", 20)
        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 20:
            raise error("organizations", 400, "InvalidInputException",
                        "You specified an invalid value. MaxResults must be between 1 and 20", tag)
        org = self.organization
        offset = 0
        token = request.get("NextToken")
        if token is not None:
            match = PAGE_TOKEN.fullmatch(token) if isinstance(token, str) else None
            if not match or match.group(1) != kind or match.group(3) != place_hash(org.id, kind) \
                    or int(match.group(2)) >= len(items):
                raise error("organizations", 400, "InvalidInputException", "You specified an invalid value for nextToken.", tag)
            offset = int(match.group(2))
        end = min(len(items), offset + size)
        answer = {member: items[offset:end]}
        if end < len(items):
            answer["NextToken"] = f"{kind}.{end}.{place_hash(org.id, kind)}"
        return answer


# ---------------------------------------------------------------------------------------------
# Helpers


def parse_head(head):
    """(method, target, version, headers) of a request head, or None when it is malformed."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:
        return None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.1", "HTTP/1.0") or not parts[1].startswith("/"):
        return None
    headers = {}
    fields = [line for line in lines[1:] if line]
    if len(fields) > MAX_HEADERS:
        return None
    for line in fields:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            return None
        name = name.lower()
        value = value.strip()
        headers[name] = f"{headers[name]},{value}" if name in headers else value
    return parts[0], parts[1], parts[2], headers


def operation_named(service, path, headers, body):
    """The operation a request asks for, to count calls refused before they are read."""
    if service == "organizations":
        return "organizations:" + headers.get("x-amz-target", "?").rpartition(".")[2]
    if service == "sts":
        action = re.search(rb"(?:^|&)Action=(\w{1,64})", body[:4096])
        return "sts:" + (action.group(1).decode() if action else "?")
    return APPFLOW_OPERATIONS.get(path, "appflow:?")


def error(service, status, code, message, extra=None):
    """An error answer in the service's own format."""
    headers = dict(extra or {})
    if service == "sts":
        kind = "Sender" if status < 500 else "Receiver"
        body = (f'<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n'
                f"  <Error>\n    <Type>{kind}</Type>\n    <Code>{code}</Code>\n"
                f"    <Message>{escape(message)}</Message>\n  </Error>\n"
                f"  <RequestId>{uuid.uuid4()}</RequestId>\n</ErrorResponse>\n").encode()
        headers.update({"Content-Type": "text/xml", "x-fake-code": code})
    elif service == "organizations":
        body = json.dumps({"__type": code, "Message": message}).encode()
        headers.update({"Content-Type": "application/x-amz-json-1.1", "x-fake-code": code})
    else:
        body = json.dumps({"message": message}).encode()
        headers.update({"Content-Type": "application/json", "x-amzn-ErrorType": code})
    return Reply(status, headers, body)


def signature_code(service):
    return {"sts": "SignatureDoesNotMatch", "organizations": "InvalidSignatureException"}.get(
        service, "InvalidSignatureException")


def detail(configuration):
    """The ConnectorDetail summary of a configuration, as ListConnectors gives it."""
    summary = {key: configuration[key] for key in DETAIL_KEYS if key in configuration}
    summary["applicationType"] = "REST"
    return summary


def place_hash(*parts):
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:12]


def base36(number, width):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    for _ in range(width):
        number, digit = divmod(number, 36)
        text = digits[digit] + text
    return text


async def serve(args):
    server_state = FakeOrganizationServer(args)
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    server_state.stopping = stop

    def finish(reason):
        if not stop.done():
            stop.set_result(reason)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, finish, signal.Signals(sig).name)
    if args.stop_on_stdin_eof:
        def stdin_readable():
            try:
                data = os.read(sys.stdin.fileno(), 4096)
            except OSError:
                data = b""
            if not data:
                loop.remove_reader(sys.stdin.fileno())
                finish("stdin closed")

        loop.add_reader(sys.stdin.fileno(), stdin_readable)
    server = await asyncio.start_server(server_state.connection, "127.0.0.1", args.port,
                                        limit=MAX_HEADER_BYTES, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    print(f"fake_org: http://127.0.0.1:{port} organisation {server_state.organization.id}, "
          f"{args.accounts} accounts (management {server_state.organization.management}), "
          f"{len(args.regions)} regions, latency {args.latency_ms} ms, {args.rate}/s burst {args.burst}",
          file=sys.stderr, flush=True)
    try:
        reason = await asyncio.wait_for(asyncio.shield(stop), args.max_seconds)
    except asyncio.TimeoutError:
        reason = f"--max-seconds {args.max_seconds}"
    server.close()
    report = server_state.stats.report(server_state.organization, server_state.in_flight)
    report["stopped_by"] = reason
    print(json.dumps(report, indent=1), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="0: pick a free port (printed on stdout's first line)")
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--regions", default=",".join(APPFLOW_REGIONS), help="comma-separated (default: the 16 "
                        "regions where AppFlow runs)")
    parser.add_argument("--latency-ms", type=float, default=80)
    parser.add_argument("--rate", type=float, default=2, help="AppFlow calls per second per (account, region)")
    parser.add_argument("--burst", type=float, default=5)
    parser.add_argument("--role-name", default="OrganizationAccountAccessRole",
                        help="the role AssumeRole may assume in member accounts")
    parser.add_argument("--seed", default="afq-org-1", help="the accounts' ids follow from it")
    parser.add_argument("--max-seconds", type=float, default=3600, help="stop after this long")
    parser.add_argument("--stop-on-stdin-eof", action="store_true", help="stop when standard input closes")
    args = parser.parse_args()
    args.regions = [r for r in args.regions.split(",") if r]
    if not 1 <= args.accounts <= 10_000 or not args.regions or args.rate <= 0 or args.burst < 1:
        parser.error("--accounts 1..10000, at least one region, --rate > 0 and --burst >= 1")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
