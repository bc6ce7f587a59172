<?php
/**
 * Sida – en spalt, utan metadataspalt.
 *
 * @package Dossier
 */

get_header();
?>

<main id="primary" class="site-main site-main--page">
	<div class="wrap">
	<?php
	while ( have_posts() ) :
		the_post();
		?>
		<article id="post-<?php the_ID(); ?>" <?php post_class( 'page-article' ); ?>>
			<header class="entry-header">
				<?php if ( post_password_required() ) : ?>
					<span class="entry-badge"><?php esc_html_e( 'Lösenordsskyddad', 'dossier' ); ?></span>
				<?php endif; ?>
				<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>
			</header>

			<?php if ( dossier_can_show_thumbnail() ) : ?>
				<figure class="entry-figure">
					<?php the_post_thumbnail( 'dossier-wide' ); ?>
				</figure>
			<?php endif; ?>

			<div class="entry-content">
				<?php
				the_content();

				wp_link_pages(
					array(
						'before'      => '<nav class="page-links" aria-label="' . esc_attr__( 'Sidans delar', 'dossier' ) . '"><span class="page-links__label">' . esc_html__( 'Sidor:', 'dossier' ) . '</span>',
						'after'       => '</nav>',
						'link_before' => '<span class="page-links__number">',
						'link_after'  => '</span>',
					)
				);
				?>
			</div>

			<?php
			edit_post_link( __( 'Redigera sidan', 'dossier' ), '<p class="edit-link">', '</p>' );
			?>
		</article>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>
	</div>
</main>

<?php
get_footer();
