<?php
/**
 * Vänsterspalten på artikelsidan: skribent, datum, ämnen, lästid, delning.
 *
 * @package Dossier
 */

$dossier_author_id  = (int) get_the_author_meta( 'ID' );
$dossier_author_url = get_author_posts_url( $dossier_author_id );
$dossier_bio        = get_the_author_meta( 'description' );
$dossier_cats       = get_the_category_list( ', ' );
$dossier_tags       = get_the_tag_list( '<ul class="tag-list"><li>', '</li><li>', '</li></ul>' );
$dossier_cat_count  = count( get_the_category() );
?>
<aside class="article-aside" aria-label="<?php esc_attr_e( 'Om artikeln', 'dossier' ); ?>">
	<div class="article-aside__inner">

		<div class="author-card vcard">
			<a class="author-card__photo" href="<?php echo esc_url( $dossier_author_url ); ?>" tabindex="-1" aria-hidden="true">
				<?php echo get_avatar( $dossier_author_id, 144, '', '', array( 'class' => 'author-card__avatar photo' ) ); ?>
			</a>
			<p class="author-card__label"><?php esc_html_e( 'Skribent', 'dossier' ); ?></p>
			<p class="author-card__name">
				<a class="url fn n" href="<?php echo esc_url( $dossier_author_url ); ?>" rel="author"><?php the_author(); ?></a>
			</p>
			<?php if ( $dossier_bio ) : ?>
				<div class="author-card__bio">
					<?php echo wp_kses_post( wpautop( $dossier_bio ) ); ?>
				</div>
			<?php endif; ?>
			<a class="author-card__more" href="<?php echo esc_url( $dossier_author_url ); ?>">
				<?php
				/* translators: %s: skribentens namn */
				printf( esc_html__( 'Fler texter av %s', 'dossier' ), esc_html( get_the_author() ) );
				?>
			</a>
		</div>

		<dl class="article-facts">
			<div class="article-facts__row article-facts__row--date">
				<dt><?php esc_html_e( 'Publicerad', 'dossier' ); ?></dt>
				<dd><?php dossier_posted_on(); ?></dd>
			</div>

			<?php if ( dossier_was_updated() ) : ?>
				<div class="article-facts__row article-facts__row--updated">
					<dt><?php esc_html_e( 'Uppdaterad', 'dossier' ); ?></dt>
					<dd><time class="updated" datetime="<?php echo esc_attr( get_the_modified_date( DATE_W3C ) ); ?>"><?php echo esc_html( dossier_format_datetime( dossier_post_datetime( null, 'modified' ) ) ); ?></time></dd>
				</div>
			<?php endif; ?>

			<?php if ( $dossier_cats ) : ?>
				<div class="article-facts__row article-facts__row--categories">
					<dt><?php echo esc_html( 1 === $dossier_cat_count ? __( 'Kategori', 'dossier' ) : __( 'Kategorier', 'dossier' ) ); ?></dt>
					<dd class="cat-links"><?php echo $dossier_cats; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></dd>
				</div>
			<?php endif; ?>

			<?php if ( $dossier_tags && ! is_wp_error( $dossier_tags ) ) : ?>
				<div class="article-facts__row article-facts__row--tags">
					<dt><?php esc_html_e( 'Nyckelord', 'dossier' ); ?></dt>
					<dd class="tags-links"><?php echo $dossier_tags; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?></dd>
				</div>
			<?php endif; ?>

			<?php if ( ! post_password_required() ) : ?>
				<div class="article-facts__row article-facts__row--reading">
					<dt><?php esc_html_e( 'Lästid', 'dossier' ); ?></dt>
					<dd><?php echo esc_html( dossier_reading_time_label() ); ?></dd>
				</div>
			<?php endif; ?>
		</dl>

		<?php dossier_share_links(); ?>

	</div>
</aside>
