"""indexes for checks and pages at county scale (issue 20)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 23:55:00
"""
from alembic import op


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('emergency_plan', schema=None) as batch_op:
        batch_op.create_index('ix_emergency_plan_region_type',
                              ['region_id', 'is_deleted', 'plan_type'], unique=False)
    with op.batch_alter_table('stock_batch', schema=None) as batch_op:
        batch_op.create_index('ix_stock_batch_warehouse',
                              ['warehouse_id', 'is_deleted', 'inbound_date'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stock_batch', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_batch_warehouse')
    with op.batch_alter_table('emergency_plan', schema=None) as batch_op:
        batch_op.drop_index('ix_emergency_plan_region_type')
