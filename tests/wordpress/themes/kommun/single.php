<?php
/**
 * Inlägg (VD-bloggen).
 *
 * @package Kommun
 */

get_header();
?>

<div class="sidlayout">
	<aside class="sidlayout__vanster" aria-label="Sidor i avsnittet">
		<?php kommun_undermeny(); ?>
	</aside>

	<main id="innehall" class="sida-innehall sida-innehall--blogg" tabindex="-1">
		<?php
		while ( have_posts() ) :
			the_post();
			?>
			<h1 class="sida-innehall__rubrik"><?php the_title(); ?></h1>

			<?php if ( post_password_required() ) : ?>

				<div class="losenordsskydd">
					<?php echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				</div>

				<?php get_template_part( 'template-parts/sidfakta' ); ?>

			<?php else : ?>

				<?php if ( has_post_thumbnail() ) : ?>
					<figure class="sida-bild">
						<?php the_post_thumbnail( 'kommun-toppbild', array( 'class' => 'sida-bild__img' ) ); ?>
						<?php if ( get_the_post_thumbnail_caption() ) : ?>
							<figcaption class="sida-bild__text"><?php the_post_thumbnail_caption(); ?></figcaption>
						<?php endif; ?>
					</figure>
				<?php endif; ?>

				<div class="brodtext">
					<?php
					the_content();

					wp_link_pages( array(
						'before'      => '<nav class="sidnumrering sidnumrering--inlagg" aria-label="Inläggets sidor"><span>Sidor:</span>',
						'after'       => '</nav>',
						'pagelink'    => 'Sida %',
					) );
					?>
				</div>

				<?php
				get_template_part( 'template-parts/sidfakta' );
				get_template_part( 'template-parts/dela-sidan' );
				get_template_part( 'template-parts/sidfeedback' );
				get_template_part( 'template-parts/las-ocksa' );

				// Kommentarsdelen visas alltid på blogginlägg (även när den är stängd).
				comments_template();
				?>

			<?php endif; ?>

		<?php endwhile; ?>
	</main>
</div>

<?php
get_footer();
