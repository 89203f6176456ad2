"""exchange packages: exchange_merge, exchange_record, exchange_conflict (issue 19)

Revision ID: 0020
Revises: 0016
Create Date: 2026-12-05 20:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_merge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.Column('origin_name', sa.String(length=200), nullable=False),
    sa.Column('package_created_at', sa.DateTime(), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_merge'))
    )
    with op.batch_alter_table('exchange_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_merge_origin'), ['origin'], unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_merge_package_id'), ['package_id'],
                              unique=False)

    op.create_table('exchange_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('remote_updated_at', sa.DateTime(), nullable=False),
    sa.Column('local_updated_at', sa.DateTime(), nullable=False),
    sa.Column('remote_version', sa.Integer(), nullable=False),
    sa.Column('local_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_record')),
    sa.UniqueConstraint('origin', 'table_name', 'record_uuid', name='uq_exchange_record_key')
    )
    op.create_table('exchange_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('merge_id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.Column('origin_name', sa.String(length=200), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('other_side', sa.String(length=8), nullable=False),
    sa.Column('other_values', sa.Text(), nullable=False),
    sa.Column('other_updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=8), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['merge_id'], ['exchange_merge.id'],
                            name=op.f('fk_exchange_conflict_merge_id_exchange_merge'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_conflict'))
    )
    with op.batch_alter_table('exchange_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_conflict_merge_id'), ['merge_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflict_record_uuid'), ['record_uuid'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_exchange_conflict_resolved_at'), ['resolved_at'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('exchange_conflict')
    op.drop_table('exchange_record')
    op.drop_table('exchange_merge')
