<?php
/**
 * Enskild artikel: metadata i vänsterspalten, text i högerspalten.
 *
 * @package Dossier
 */

get_header();
?>

<main id="primary" class="site-main site-main--single">
	<div class="wrap">
	<?php
	while ( have_posts() ) :
		the_post();
		?>
		<article id="post-<?php the_ID(); ?>" <?php post_class( 'dossier-article' ); ?>>
			<div class="article-grid">

				<?php get_template_part( 'template-parts/article', 'aside' ); ?>

				<div class="article-main">
					<header class="entry-header">
						<?php if ( post_password_required() ) : ?>
							<span class="entry-badge"><?php esc_html_e( 'Lösenordsskyddad', 'dossier' ); ?></span>
						<?php endif; ?>

						<?php dossier_kicker( 'entry-kicker' ); ?>

						<?php the_title( '<h1 class="entry-title">', '</h1>' ); ?>

						<?php if ( has_excerpt() && ! post_password_required() ) : ?>
							<p class="entry-standfirst"><?php echo esc_html( get_the_excerpt() ); ?></p>
						<?php endif; ?>
					</header>

					<?php if ( dossier_can_show_thumbnail() ) : ?>
						<figure class="entry-figure">
							<?php the_post_thumbnail( 'dossier-wide', array( 'class' => 'entry-figure__image' ) ); ?>
							<?php
							$dossier_caption = wp_get_attachment_caption( get_post_thumbnail_id() );
							if ( $dossier_caption ) :
								?>
								<figcaption><?php echo wp_kses_post( $dossier_caption ); ?></figcaption>
							<?php endif; ?>
						</figure>
					<?php endif; ?>

					<div class="entry-content">
						<?php
						the_content( __( 'Läs vidare', 'dossier' ) );

						wp_link_pages(
							array(
								'before'      => '<nav class="page-links" aria-label="' . esc_attr__( 'Artikelns sidor', 'dossier' ) . '"><span class="page-links__label">' . esc_html__( 'Sidor:', 'dossier' ) . '</span>',
								'after'       => '</nav>',
								'link_before' => '<span class="page-links__number">',
								'link_after'  => '</span>',
							)
						);
						?>
					</div>

					<?php
					if ( ! post_password_required() ) {
						get_template_part( 'template-parts/cite', 'box' );
					}
					?>
				</div><!-- .article-main -->

			</div><!-- .article-grid -->
		</article>

		<?php
		// Kommentarerna ligger under artikeln, i en hopfällbar <details>.
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

		the_post_navigation(
			array(
				'prev_text'          => '<span class="post-nav__label">' . esc_html__( 'Föregående artikel', 'dossier' ) . '</span> <span class="post-nav__title">%title</span>',
				'next_text'          => '<span class="post-nav__label">' . esc_html__( 'Nästa artikel', 'dossier' ) . '</span> <span class="post-nav__title">%title</span>',
				'screen_reader_text' => __( 'Fler artiklar', 'dossier' ),
				'aria_label'         => __( 'Artiklar', 'dossier' ),
			)
		);

	endwhile;
	?>
	</div>
</main>

<?php
get_footer();
