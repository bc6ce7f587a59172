<?php
/**
 * Static page template.
 *
 * @package Meridian
 */

get_header();
?>

<main id="mrd-content" class="mrd-content" itemprop="mainContentOfPage">

	<?php
	while ( have_posts() ) :
		the_post();
		?>
		<article id="post-<?php the_ID(); ?>" itemscope itemtype="https://schema.org/CreativeWork" <?php post_class( 'mrd-entry mrd-entry--page' ); ?>>
			<header class="mrd-entry__header">
				<h1 class="mrd-entry__title" itemprop="headline"><?php the_title(); ?></h1>
				<meta itemprop="datePublished" content="<?php echo esc_attr( get_the_date( 'c' ) ); ?>">
				<meta itemprop="dateModified" content="<?php echo esc_attr( get_the_modified_date( 'c' ) ); ?>">
				<?php edit_post_link( esc_html__( 'Redigera sidan', 'meridian' ), '<p class="mrd-entry__meta mrd-entry__edit">', '</p>' ); ?>
			</header>

			<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
				<figure class="mrd-entry__image">
					<?php the_post_thumbnail( 'large', array( 'itemprop' => 'image' ) ); ?>
				</figure>
			<?php endif; ?>

			<div class="mrd-entry__content" itemprop="text">
				<?php
				the_content();

				wp_link_pages(
					array(
						'before' => '<nav class="mrd-page-links" aria-label="' . esc_attr__( 'Sidans delar', 'meridian' ) . '"><span class="mrd-page-links__label">' . esc_html__( 'Sidor:', 'meridian' ) . '</span> ',
						'after'  => '</nav>',
					)
				);
				?>
			</div>
		</article>

		<?php
		if ( comments_open() || get_comments_number() ) {
			comments_template();
		}

	endwhile;
	?>

</main>

<?php
get_sidebar();
get_footer();
