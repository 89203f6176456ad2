"""法规库 and 典型案例库: regulation, case_record; the scanned 防汛责任书 on flood_pledge

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-05 20:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column('file_name', sa.String(length=255), nullable=True),
        sa.Column('file_size', sa.Integer(), nullable=True),
        sa.Column('file_sha256', sa.String(length=64), nullable=True),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('is_deleted', sa.Boolean(), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.Column('remark', sa.Text(), nullable=True),
        sa.Column('row_version', sa.Integer(), server_default='1', nullable=False),
    ]


def upgrade() -> None:
    op.create_table('regulation',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('doc_number', sa.String(length=100), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('level', sa.String(length=24), nullable=False),
    sa.Column('category', sa.String(length=50), nullable=True),
    sa.Column('full_text', sa.Text(), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['file_sha256'], ['attachment_blob.sha256'], name=op.f('fk_regulation_file_sha256_attachment_blob'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regulation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_regulation_uuid'))
    )
    with op.batch_alter_table('regulation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regulation_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_regulation_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('case_record',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=True),
    sa.Column('occurred_on_month', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('event_type', sa.String(length=50), nullable=True),
    sa.Column('grade', sa.String(length=16), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('cause', sa.Text(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=True),
    sa.Column('handling', sa.Text(), nullable=True),
    sa.Column('lessons', sa.Text(), nullable=True),
    sa.Column('problems', sa.Text(), nullable=True),
    sa.Column('suggestions', sa.Text(), nullable=True),
    sa.Column('expert_opinion', sa.Text(), nullable=True),
    *_record_columns(),
    sa.ForeignKeyConstraint(['file_sha256'], ['attachment_blob.sha256'], name=op.f('fk_case_record_file_sha256_attachment_blob'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_case_record_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_record')),
    sa.UniqueConstraint('uuid', name=op.f('uq_case_record_uuid'))
    )
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_record_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_record_region_id'), ['region_id'], unique=False)

    with op.batch_alter_table('flood_pledge', schema=None) as batch_op:
        batch_op.add_column(sa.Column('file_name', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('file_size', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('file_sha256', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_flood_pledge_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_flood_pledge_file_sha256_attachment_blob'), 'attachment_blob', ['file_sha256'], ['sha256'], ondelete='RESTRICT')


def downgrade() -> None:
    with op.batch_alter_table('flood_pledge', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_flood_pledge_file_sha256_attachment_blob'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_flood_pledge_file_sha256'))
        batch_op.drop_column('file_sha256')
        batch_op.drop_column('file_size')
        batch_op.drop_column('file_name')
    op.drop_table('case_record')
    op.drop_table('regulation')
