"""The analytical half: customer value, activity, churn, segments and product affinity."""
