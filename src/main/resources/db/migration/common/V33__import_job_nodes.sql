-- Several app nodes share import_job. A node starting must not call another node's running import interrupted, so
-- each job records the node that runs it, and that node says it is alive (heartbeat_at) while the job is queued or
-- running. A job whose node has not been heard of for a while died with its node and is marked interrupted by
-- whichever node notices first.
ALTER TABLE import_job ADD COLUMN node VARCHAR(36);
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
