<?php
/**
 * Blogginlägg.
 *
 * Ordning: hero-band (utvald bild som bakgrund, h1 och datum) → innehållsbehållaren
 * .lg-article (the_content, sidbrytningar, "Ämnen:", kontaktpersonkort) →
 * föregående/nästa → kommentarer → "Fler inlägg från VD-bloggen".
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

get_header();

while ( have_posts() ) :
	the_post();

	get_template_part(
		'template-parts/hero',
		null,
		array(
			'show_date'  => true,
			'kicker'     => __( 'VD-bloggen', 'ledger' ),
			'kicker_url' => ledger_blog_url(),
		)
	);
	?>

	<div class="lg-container lg-container--article">
		<article id="post-<?php the_ID(); ?>" class="lg-article">
			<div class="lg-article__body lg-richtext">
				<?php
				the_content(
					sprintf(
						/* translators: %s: inläggets rubrik (för skärmläsare). */
						__( 'Läs vidare<span class="screen-reader-text"> om %s</span>', 'ledger' ),
						wp_strip_all_tags( get_the_title() )
					)
				);
				ledger_link_pages();
				?>
			</div>

			<footer class="lg-article__footer">
				<?php ledger_topics(); ?>
				<?php get_template_part( 'template-parts/content/share' ); ?>
				<?php ledger_contact_card(); ?>
			</footer>
		</article>

		<?php ledger_post_navigation(); ?>

		<?php
		// Kommentarsdelen visas alltid på inlägg, så att "kommentarerna är stängda" syns.
		comments_template();
		?>
	</div>

	<?php
	get_template_part( 'template-parts/content/related' );

endwhile;

get_footer();
