<?php
/**
 * Ett kort i Posts / Archive Posts-widgeten (skin "Classic").
 *
 * $args['meta'] – vilka metadata som visas: 'author', 'date', 'time', 'comments'.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$forge_meta = isset( $args['meta'] ) ? (array) $args['meta'] : array( 'date' );
?>
		<article <?php post_class( 'elementor-post elementor-grid-item' ); ?>>
		<?php if ( has_post_thumbnail() ) : ?>
				<a class="elementor-post__thumbnail__link" href="<?php the_permalink(); ?>" tabindex="-1">
			<div class="elementor-post__thumbnail"><?php the_post_thumbnail( 'forge-card' ); ?></div>
		</a>
		<?php endif; ?>
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="<?php the_permalink(); ?>">
				<?php the_title(); ?>			</a>
		</h3>
				<div class="elementor-post__meta-data">
		<?php if ( in_array( 'author', $forge_meta, true ) ) : ?>
					<span class="elementor-post-author">
			<?php the_author(); ?>		</span>
		<?php endif; ?>
		<?php if ( in_array( 'date', $forge_meta, true ) ) : ?>
				<span class="elementor-post-date">
			<?php echo esc_html( forge_get_date() ); ?>		</span>
		<?php endif; ?>
		<?php if ( in_array( 'time', $forge_meta, true ) ) : ?>
				<span class="elementor-post-time">
			<?php echo esc_html( forge_get_time() ); ?>		</span>
		<?php endif; ?>
		<?php if ( in_array( 'comments', $forge_meta, true ) ) : ?>
				<span class="elementor-post-avatar">
			<?php echo esc_html( forge_comments_text() ); ?>		</span>
		<?php endif; ?>
				</div>
				<div class="elementor-post__excerpt">
			<p><?php echo wp_kses_post( get_the_excerpt() ); ?></p>
		</div>
		
		<a class="elementor-post__read-more" href="<?php the_permalink(); ?>" aria-label="<?php /* translators: %s: inläggets titel */ echo esc_attr( sprintf( __( 'Läs mer om %s', 'forge' ), wp_strip_all_tags( get_the_title() ) ) ); ?>" tabindex="-1">
			<?php esc_html_e( 'Läs mer', 'forge' ); ?> &raquo;		</a>

				</div>
				</article>
