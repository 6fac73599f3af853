@data-flow
Feature: Data stays in the account
  Nothing S3 delivers from a bucket of the stack goes to another account, and nobody outside the
  account may use the keys that encrypt it.

  Why it matters: access is not the only way out. Replication copies every object to its destination;
  an inventory report lists every key; server access logs record every request; storage class analysis
  and Storage Lens export statistics. Pointed at a bucket of another account, each hands the data or
  its shape to whoever owns that bucket, and no principal of the stack ever reads it. A KMS key whose
  policy lets another account or everyone use it opens the encrypted objects to them wherever the
  ciphertext travels.
  A destination passes when it is a bucket of this stack, or when the stack pins it to this account
  (the destination's account field, or expectedBucketOwner). A key passes when the stack defines it and
  its key policies and grants let no principal outside the account use it; the AWS managed key for S3
  (alias/aws/s3) passes too.
  Resource types read: aws:s3/bucketReplicationConfig, aws:s3/inventory, aws:s3/bucketLoggingV2,
  aws:s3/analyticsConfiguration, aws:s3control/storageLensConfiguration, the deliveries inline in
  aws:s3/bucket, aws:s3/bucketV2 and aws-native:s3:Bucket, the buckets' encryption settings, aws:kms/key,
  aws-native:kms:Key, aws:kms/keyPolicy, aws:kms/alias, aws-native:kms:Alias and aws:kms/grant.

  Background:
    Given the stack under review

  Scenario: Replicas, inventories, logs and exports go to buckets of this account
    Then every delivery from a bucket of the stack goes to a bucket of the stack or of this account

  Scenario: Keys that encrypt the buckets are this account's alone
    Then every KMS key that encrypts a bucket of the stack is defined in the stack and lets nobody outside the account use it
