<?php
/**
 * Comment callbacks.
 *
 * @package Diva
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Date and time of a comment: "den 14 september 2018 kl 16:40".
 *
 * @param WP_Comment $comment Comment.
 * @return string
 */
function diva_get_comment_date( $comment ) {
	return sprintf(
		'den %1$s %2$s %3$s kl %4$s',
		get_comment_date( 'j', $comment ),
		diva_month_name( get_comment_date( 'n', $comment ) ),
		get_comment_date( 'Y', $comment ),
		get_comment_time( 'H:i' )
	);
}

/**
 * Comment list callback (comments, pingbacks and trackbacks).
 *
 * @param WP_Comment $comment Comment.
 * @param array      $args    wp_list_comments() arguments.
 * @param int        $depth   Depth.
 */
function diva_custom_comments_display( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride

	if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) {
		diva_list_pings( $comment, $args, $depth );
		return;
	}

	$default_avatar = get_option( 'avatar_default' ) ? get_option( 'avatar_default' ) : 'mystery';
	?>
	<li <?php comment_class(); ?> id="li-comment-<?php comment_ID(); ?>">
		<article id="comment-<?php comment_ID(); ?>" class="comment-body clearfix">
			<div class="comment_avatar">
				<?php echo get_avatar( $comment, 80, esc_attr( $default_avatar ), esc_attr( get_comment_author( $comment ) ) ); ?>
			</div>

			<div class="comment_postinfo">
				<?php printf( '<span class="fn">%s</span>', get_comment_author_link( $comment ) ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
				<span class="comment_date"><?php echo esc_html( diva_get_comment_date( $comment ) ); ?></span>
				<a class="comment_permalink" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>" title="Permalänk till kommentaren">#</a>
				<?php edit_comment_link( '(Redigera)', ' ' ); ?>
			<?php
				$diva_reply_link = get_comment_reply_link( array_merge( $args, array(
					'reply_text' => 'Svara',
					'login_text' => 'Logga in för att svara',
					'add_below'  => 'comment',
					'depth'      => (int) $depth,
					'max_depth'  => (int) $args['max_depth'],
				) ), $comment );
				if ( $diva_reply_link ) {
					$diva_reply_link = str_replace( "class='comment-reply-link'", "class='comment-reply-link et_pb_button'", $diva_reply_link );
				}
			?>
			</div> <!-- .comment_postinfo -->

			<div class="comment_area">
				<?php if ( '0' === (string) $comment->comment_approved ) : ?>
					<em class="moderation">Din kommentar väntar på granskning.</em>
					<br />
				<?php endif; ?>

				<div class="comment-content clearfix">
				<?php
					comment_text( $comment );
					if ( $diva_reply_link ) {
						echo '<span class="reply-container">' . $diva_reply_link . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput
					}
				?>
				</div> <!-- end comment-content-->
			</div> <!-- end comment_area-->
		</article> <!-- .comment-body -->
	<?php
}

/**
 * Pingbacks and trackbacks, printed in the same list.
 *
 * @param WP_Comment $comment Comment.
 * @param array      $args    Arguments.
 * @param int        $depth   Depth.
 */
function diva_list_pings( $comment, $args, $depth ) {
	$label = 'trackback' === $comment->comment_type ? 'Trackback' : 'Pingback';
	?>
	<li <?php comment_class( 'et_pb_ping' ); ?> id="li-comment-<?php comment_ID(); ?>">
		<div id="comment-<?php comment_ID(); ?>" class="comment-body ping-body clearfix">
			<span class="ping_label"><?php echo esc_html( $label ); ?>:</span>
			<span class="fn"><?php comment_author_link( $comment ); ?></span> -
			<span class="ping_excerpt"><?php comment_excerpt( $comment ); ?></span>
			<a class="comment_permalink" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>" title="<?php echo esc_attr( diva_get_comment_date( $comment ) ); ?>">#</a>
			<?php edit_comment_link( '(Redigera)', ' ' ); ?>
		</div>
	<?php
}
