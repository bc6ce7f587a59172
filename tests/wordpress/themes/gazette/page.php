<?php
/**
 * Page template.
 *
 * @package Gazette
 */

get_header();
?>
<div class="gz-container gz-layout">
	<main id="primary" class="gz-main gz-main--page">
		<?php
		while ( have_posts() ) :
			the_post();

			gazette_breadcrumbs();
			?>
			<article id="post-<?php the_ID(); ?>" <?php post_class( 'gz-single gz-page' ); ?>>
				<header class="gz-single__header">
					<?php the_title( '<h1 class="gz-single__title">', '</h1>' ); ?>
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
							'before' => '<nav class="page-links" aria-label="' . esc_attr__( 'Sidor', 'gazette' ) . '">' . esc_html__( 'Sidor:', 'gazette' ),
							'after'  => '</nav>',
						)
					);
					?>
				</div>

				<?php
				edit_post_link(
					esc_html__( 'Redigera sidan', 'gazette' ),
					'<footer class="gz-single__footer"><span class="edit-link">',
					'</span></footer>'
				);
				?>
			</article>

			<?php
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
