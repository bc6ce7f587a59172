<?php
/**
 * Inlägg i listningar (blogg, arkiv, sök).
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header">
			<?php the_title( sprintf( '<h2 class="entry-title" itemprop="headline"><a href="%s" rel="bookmark">', esc_url( get_permalink() ) ), '</a></h2>' ); ?>
			<?php if ( 'post' === get_post_type() ) : ?>
				<div class="entry-meta">
					<?php samtal_posted_on(); ?>
				</div>
			<?php endif; ?>
		</header>

		<?php if ( has_post_thumbnail() ) : ?>
			<div class="post-image">
				<a href="<?php the_permalink(); ?>">
					<?php the_post_thumbnail( 'full', array( 'itemprop' => 'image' ) ); ?>
				</a>
			</div>
		<?php endif; ?>

		<div class="entry-summary" itemprop="text">
			<?php the_excerpt(); ?>
		</div>

		<?php samtal_footer_meta(); ?>
	</div>
</article>
