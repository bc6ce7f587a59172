<?php
/**
 * Single post template.
 *
 * Order: breadcrumbs, category badge, title, meta bar, share buttons,
 * featured image, content (with injected boxes), tags, share buttons,
 * author box, previous/next cards, related posts, comments.
 *
 * @package Gazette
 */

get_header();
?>
<div class="gz-container gz-layout">
	<main id="primary" class="gz-main gz-main--single">
		<?php
		while ( have_posts() ) :
			the_post();

			gazette_breadcrumbs();
			$gazette_category = gazette_get_primary_category();
			?>
			<article id="post-<?php the_ID(); ?>" <?php post_class( 'gz-single' ); ?>>
				<header class="gz-single__header">
					<?php if ( $gazette_category ) : ?>
						<a class="gz-badge gz-badge--cat gz-single__cat" href="<?php echo esc_url( get_category_link( $gazette_category ) ); ?>"><?php echo esc_html( $gazette_category->name ); ?></a>
					<?php endif; ?>

					<?php the_title( '<h1 class="gz-single__title">', '</h1>' ); ?>

					<?php gazette_single_meta(); ?>

					<?php gazette_share_buttons( 'top' ); ?>
				</header>

				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
					<figure class="gz-single__media">
						<?php the_post_thumbnail( 'large', array( 'class' => 'gz-single__image' ) ); ?>
						<?php $gazette_caption = get_the_post_thumbnail_caption(); ?>
						<?php if ( $gazette_caption ) : ?>
							<figcaption class="gz-single__caption"><?php echo wp_kses_post( $gazette_caption ); ?></figcaption>
						<?php endif; ?>
					</figure>
				<?php endif; ?>

				<div class="gz-content entry-content">
					<?php
					the_content();

					wp_link_pages(
						array(
							'before' => '<nav class="page-links" aria-label="' . esc_attr__( 'Sidor i inlägget', 'gazette' ) . '">' . esc_html__( 'Sidor:', 'gazette' ),
							'after'  => '</nav>',
						)
					);
					?>
				</div>

				<footer class="gz-single__footer">
					<?php
					$gazette_tags = get_the_tag_list( '', '' );
					if ( $gazette_tags && ! is_wp_error( $gazette_tags ) ) :
						?>
						<div class="gz-tags">
							<span class="gz-tags__label"><?php esc_html_e( 'Etiketter:', 'gazette' ); ?></span>
							<?php echo $gazette_tags; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by core. ?>
						</div>
					<?php endif; ?>

					<?php gazette_share_buttons( 'bottom' ); ?>
				</footer>
			</article>

			<?php
			gazette_author_box();
			gazette_post_navigation();
			gazette_related_posts();

			if ( comments_open() || get_comments_number() ) {
				comments_template();
			}
		endwhile;
		?>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
