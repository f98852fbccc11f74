"""Work queues: the team's open items and giving them to members."""
