#!/bin/bash
# keyless workload bootstrap. No AWS key exists anywhere: the VM's service account asks the
# metadata server for a Google ID token, and every AWS SDK (and the AWS CLI) trades that token for
# short-lived role credentials with STS AssumeRoleWithWebIdentity, because AWS_ROLE_ARN and
# AWS_WEB_IDENTITY_TOKEN_FILE are set. The values come from instance metadata, not from this text.
set -euo pipefail

readonly METADATA=http://metadata.google.internal/computeMetadata/v1/instance
attribute() { curl -sSf -H 'Metadata-Flavor: Google' "$METADATA/attributes/$1"; }

getent group aws-web-identity >/dev/null || groupadd --system aws-web-identity
install -d -m 0755 /etc/keyless

# The token is a bearer credential for up to an hour: tmpfs only, readable by root and the
# aws-web-identity group (add workload users to it).
cat >/usr/local/sbin/keyless-refresh-token <<'REFRESH'
#!/bin/bash
set -euo pipefail
readonly METADATA=http://metadata.google.internal/computeMetadata/v1/instance
audience="$(curl -sSf -H 'Metadata-Flavor: Google' "$METADATA/attributes/keyless-token-audience")"
install -d -m 0750 -g aws-web-identity /run/keyless
tmp="$(mktemp /run/keyless/.google-id-token.XXXXXX)"
trap 'rm -f "$tmp"' EXIT
curl -sSf -G -H 'Metadata-Flavor: Google' \
  --data-urlencode "audience=${audience}" --data-urlencode 'format=full' \
  -o "$tmp" "$METADATA/service-accounts/default/identity"
chgrp aws-web-identity "$tmp"
chmod 0640 "$tmp"
mv -f "$tmp" /run/keyless/google-id-token
trap - EXIT
REFRESH
chmod 0755 /usr/local/sbin/keyless-refresh-token

cat >/etc/keyless/aws.env <<ENV
AWS_ROLE_ARN=$(attribute keyless-aws-role-arn)
AWS_WEB_IDENTITY_TOKEN_FILE=/run/keyless/google-id-token
AWS_ROLE_SESSION_NAME=$(hostname -s)
AWS_REGION=$(attribute keyless-aws-region)
AWS_STS_REGIONAL_ENDPOINTS=regional
KEYLESS_BUCKET=$(attribute keyless-bucket)
ENV
chmod 0644 /etc/keyless/aws.env
echo 'set -a; . /etc/keyless/aws.env; set +a' >/etc/profile.d/keyless-aws.sh

# Google ID tokens live one hour; AWS SDKs re-read the file whenever they refresh credentials.
cat >/etc/systemd/system/keyless-token.service <<'UNIT'
[Unit]
Description=Refresh the Google ID token AWS SDKs exchange for role credentials
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/keyless-refresh-token
UNIT
cat >/etc/systemd/system/keyless-token.timer <<'UNIT'
[Unit]
Description=Refresh the Google ID token every 10 minutes

[Timer]
OnBootSec=0
OnUnitActiveSec=10min

[Install]
WantedBy=timers.target
UNIT
systemctl daemon-reload
systemctl enable --now keyless-token.timer
systemctl start keyless-token.service

# A smoke check in the journal (journalctl -u google-startup-scripts): who AWS thinks we are.
if ! command -v aws >/dev/null; then
  apt-get update -qq && apt-get install -y -qq awscli >/dev/null || true
fi
if command -v aws >/dev/null; then
  set -a; . /etc/keyless/aws.env; set +a
  aws sts get-caller-identity --output text || echo "keyless: STS exchange failed; see above"
  aws s3 ls "s3://${KEYLESS_BUCKET}" --summarize | tail -n 2 || true
fi
