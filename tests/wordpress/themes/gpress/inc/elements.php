<?php
/**
 * "Elements" som webbyrån lagt in via GP-hooks:
 * ett Dela-block och en författarbox efter innehållet i artikeln.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'generate_after_entry_content', 'gpress_dela_block', 5 );
/**
 * Dela-block (Hook: generate_after_entry_content, prio 5, visas på inlägg).
 */
function gpress_dela_block() {
	if ( ! is_single() || 'post' !== get_post_type() ) {
		return;
	}

	$url   = rawurlencode( get_permalink() );
	$title = rawurlencode( html_entity_decode( get_the_title(), ENT_QUOTES, 'UTF-8' ) );
	?>
	<div class="dela-block">
		<span class="dela-rubrik">Dela:</span>
		<a class="dela-facebook" href="https://www.facebook.com/sharer/sharer.php?u=<?php echo $url; // phpcs:ignore ?>" target="_blank" rel="noopener nofollow">Facebook</a>
		<a class="dela-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url=<?php echo $url; // phpcs:ignore ?>" target="_blank" rel="noopener nofollow">LinkedIn</a>
		<a class="dela-x" href="https://twitter.com/intent/tweet?url=<?php echo $url; // phpcs:ignore ?>&amp;text=<?php echo $title; // phpcs:ignore ?>" target="_blank" rel="noopener nofollow">X</a>
		<a class="dela-epost" href="mailto:?subject=<?php echo $title; // phpcs:ignore ?>&amp;body=<?php echo $url; // phpcs:ignore ?>">E-post</a>
	</div>
	<?php
}

add_action( 'generate_after_entry_content', 'gpress_author_box', 6 );
/**
 * Författarbox (GeneratePress-dokumentationens exempel, lätt översatt).
 */
function gpress_author_box() {
	if ( ! is_single() || 'post' !== get_post_type() ) {
		return;
	}
	?>
	<div class="author-box">
		<div class="avatar"><?php echo get_avatar( get_the_author_meta( 'ID' ), 250 ); ?></div>
		<div class="author-summary">
			<h5 class="author-title" itemprop="author" itemtype="https://schema.org/Person" itemscope>
				<?php printf( 'Om <span itemprop="name">%s</span>', esc_html( get_the_author() ) ); ?>
			</h5>
			<p class="author-description"><?php echo wp_kses_post( get_the_author_meta( 'description' ) ); ?></p>
			<div class="author-links">
				<a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>" title="Läs fler inlägg">Fler inlägg av <?php echo esc_html( get_the_author() ); ?> &rarr;</a>
			</div>
		</div>
	</div>
	<?php
}
