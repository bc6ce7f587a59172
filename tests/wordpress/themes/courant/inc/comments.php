<?php
/**
 * Kommentarer: temats egen callback för wp_list_comments().
 *
 * @package Courant
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Relativ tid, t.ex. ”för 3 dagar sedan”.
 *
 * @param int $timestamp Unix-tid (UTC).
 * @return string
 */
function courant_relative_time( $timestamp ) {
	$now = time();
	if ( $timestamp > $now - MINUTE_IN_SECONDS && $timestamp <= $now ) {
		return __( 'alldeles nyss', 'courant' );
	}
	/* translators: %s: tidsskillnad, t.ex. ”3 dagar”. */
	return sprintf( __( 'för %s sedan', 'courant' ), human_time_diff( $timestamp, $now ) );
}

/**
 * Skriver ut en kommentar, pingback eller trackback.
 * Walker_Comment stänger själv <li>-elementet.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument från wp_list_comments().
 * @param int        $depth   Djup.
 */
function courant_comment( $comment, $args, $depth ) {
	$tag  = ( isset( $args['style'] ) && 'div' === $args['style'] ) ? 'div' : 'li';
	$type = get_comment_type( $comment );

	$timestamp = ( '0000-00-00 00:00:00' !== $comment->comment_date_gmt )
		? (int) strtotime( $comment->comment_date_gmt . ' UTC' )
		: (int) get_comment_time( 'U', true );
	$iso       = get_comment_time( DATE_W3C );
	/* translators: 1: datum, 2: klockslag. */
	$exact = sprintf( __( '%1$s kl. %2$s', 'courant' ), get_comment_date( '', $comment ), get_comment_time() );

	if ( 'pingback' === $type || 'trackback' === $type ) :
		?>
		<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( 'ping-item', $comment ); ?>>
			<div class="comment-body ping-body">
				<span class="ping-label"><?php echo ( 'pingback' === $type ) ? esc_html__( 'Pingback', 'courant' ) : esc_html__( 'Trackback', 'courant' ); ?></span>
				<span class="ping-source fn"><?php comment_author_link( $comment ); ?></span>
				<time class="ping-date" datetime="<?php echo esc_attr( $iso ); ?>" title="<?php echo esc_attr( $exact ); ?>"><?php echo esc_html( courant_relative_time( $timestamp ) ); ?></time>
			</div>
		<?php
		return;
	endif;

	$commenter          = wp_get_current_commenter();
	$show_pending_links = ! empty( $commenter['comment_author'] );
	$pending            = ( '0' === (string) $comment->comment_approved );
	$parent_id          = (int) $comment->comment_parent;
	$classes            = array( 'comment-item' );
	if ( ! empty( $args['has_children'] ) ) {
		$classes[] = 'parent';
	}
	?>
	<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( $classes, $comment ); ?>>
		<article id="div-comment-<?php comment_ID(); ?>" class="comment-body">
			<div class="comment-avatar">
				<?php echo courant_get_avatar_placeholder( get_comment_author( $comment ), $depth > 1 ? 36 : 44, 'comment-avatar-img' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
			</div>
			<div class="comment-main">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<b class="fn">
							<?php
							if ( $pending && ! $show_pending_links ) {
								echo esc_html( get_comment_author( $comment ) );
							} else {
								comment_author_link( $comment );
							}
							?>
						</b>
						<?php
						$courant_comment_post = get_post( $comment->comment_post_ID );
						if ( $comment->user_id && $courant_comment_post && (int) $comment->user_id === (int) $courant_comment_post->post_author ) :
							?>
							<span class="comment-author-badge"><?php esc_html_e( 'Skribent', 'courant' ); ?></span>
						<?php endif; ?>
						<?php if ( $parent_id ) : ?>
							<span class="comment-in-reply-to">
								<?php
								printf(
									/* translators: %s: namnet på den som besvaras, med länk. */
									esc_html__( 'svarar %s', 'courant' ),
									'<a href="' . esc_url( get_comment_link( $parent_id ) ) . '">' . esc_html( get_comment_author( $parent_id ) ) . '</a>'
								);
								?>
							</span>
						<?php endif; ?>
					</div>
					<div class="comment-metadata">
						<a href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<time datetime="<?php echo esc_attr( $iso ); ?>" title="<?php echo esc_attr( $exact ); ?>"><?php echo esc_html( courant_relative_time( $timestamp ) ); ?></time>
						</a>
					</div>
					<?php if ( $pending ) : ?>
						<p class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning. Det här är en förhandsvisning som bara du ser.', 'courant' ); ?></p>
					<?php endif; ?>
				</footer>

				<div class="comment-content">
					<?php comment_text( $comment, $args ); ?>
				</div>

				<?php
				if ( ! $pending ) {
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below'  => 'div-comment',
								'depth'      => $depth,
								'max_depth'  => $args['max_depth'],
								'reply_text' => __( 'Svara', 'courant' ),
								/* translators: %s: kommentarsförfattarens namn. */
								'reply_to_text' => __( 'Svara %s', 'courant' ),
								'before'     => '<div class="reply">',
								'after'      => '</div>',
							)
						),
						$comment
					);
				}
				?>
			</div>
		</article>
	<?php
}
