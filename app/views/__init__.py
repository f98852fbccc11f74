"""The Qt desktop: widgets and models only; all data work goes through background operations."""
